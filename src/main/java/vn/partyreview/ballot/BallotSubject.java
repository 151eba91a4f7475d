package vn.partyreview.ballot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import vn.partyreview.grading.rules.Level;

/**
 * One subject on the ballot sheet (a member or an organisation to grade), in the caller's order, with the levels a
 * voter may choose for it: every level unless the caller limits them (a decision session passes the levels up to
 * the subject's ceiling). In {@code ballotSubjects} JSON: {@code {"id", "name", "allowedLevels": ["HTTNV", ...]}},
 * {@code allowedLevels} optional.
 */
public record BallotSubject(String id, String name, List<Level> allowedLevels) {

    static final String UNKNOWN_ALLOWED_LEVEL = "Danh sách mức được chọn của đối tượng biểu quyết không hợp lệ.";

    public BallotSubject {
        allowedLevels = allowedLevels == null || allowedLevels.isEmpty() ? List.of(Level.values())
                : List.copyOf(EnumSet.copyOf(allowedLevels));
    }

    public BallotSubject(String id, String name) {
        this(id, name, null);
    }

    public boolean allows(Level level) {
        return allowedLevels.contains(level);
    }

    /** The {@code allowedLevels} of one row of {@code ballotSubjects}; absent or empty means every level. */
    static List<Level> allowedLevels(JsonNode row) {
        List<Level> levels = new ArrayList<>();
        for (JsonNode code : row.path("allowedLevels")) {
            try {
                levels.add(Level.valueOf(code.asText()));
            } catch (IllegalArgumentException unknown) {
                throw new BallotRefusedException(UNKNOWN_ALLOWED_LEVEL);
            }
        }
        return levels;
    }

    /** Stored form: level names separated by commas. */
    String allowedLevelsText() {
        return String.join(",", allowedLevels.stream().map(Level::name).toList());
    }

    static List<Level> fromText(String text) {
        return text == null || text.isBlank() ? null
                : Arrays.stream(text.split(",")).map(Level::valueOf).toList();
    }
}
