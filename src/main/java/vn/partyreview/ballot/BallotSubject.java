package vn.partyreview.ballot;

import java.util.List;
import vn.partyreview.grading.rules.Level;

/**
 * One subject on the ballot sheet (a member or an organisation to grade), in the caller's order, with the levels a
 * voter may choose for it, highest first: all four unless the caller narrows them (a decision session offers no
 * level above the subject's ceiling) and, for a decision session, what the sheet shows beside the name (its
 * self-level, proposal, cell vote, opinions, ceiling with its reasons). In {@code ballotSubjects}: {@code {"id", "name",
 * "allowedLevels": [...], "brief"}}, the last two optional.
 */
public record BallotSubject(String id, String name, List<Level> allowedLevels, String brief) {

    /** No list, or an empty one, allows every level (no ceiling is below the lowest level). */
    public BallotSubject {
        allowedLevels = allowedLevels == null || allowedLevels.isEmpty() ? List.of(Level.values())
                : allowedLevels.stream().distinct().sorted().toList();
    }

    public BallotSubject(String id, String name, List<Level> allowedLevels) {
        this(id, name, allowedLevels, null);
    }

    public BallotSubject(String id, String name) {
        this(id, name, List.of(Level.values()));
    }

    public boolean allows(Level level) {
        return allowedLevels.contains(level);
    }
}
