package vn.partyreview.grading.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The quota applied over a whole group at once [SPEC §11]: the cap is counted over everyone already decided in the
 * group plus this session's levels; where the ballot gives more {@code HTXSNV} than the slots left, those with the
 * most {@code HTXSNV} votes keep it, a tie at the last slot is settled by the chair, the others take {@code HTTNV}.
 * The outcome depends only on the votes and the chair's choice, never on the order of the candidates.
 */
public final class WholeGroupQuota {

    private final QuotaRule rule;

    public WholeGroupQuota(QuotaRule rule) {
        this.rule = rule;
    }

    /**
     * @param subjectId    the subject
     * @param level        the level the ballot (or the chair, for "no majority") gives, or null if none yet
     * @param htxsnvVotes  the subject's votes for {@code HTXSNV}
     */
    public record Candidate(String subjectId, Level level, int htxsnvVotes) {
    }

    /**
     * @param levels     each candidate's level after the quota; null where the candidate had none, and for the
     *                   tied candidates while the chair has not chosen
     * @param tied       candidates sharing the last {@code HTXSNV} slots, to be settled by the chair; empty if none
     * @param tiedSlots  how many of {@code tied} keep {@code HTXSNV}
     * @param quota      the cap over the group
     * @param demoted    candidates the quota took from {@code HTXSNV} to {@code HTTNV}
     */
    public record Selection(Map<String, Level> levels, List<String> tied, int tiedSlots, QuotaResult quota,
                            List<String> demoted) {

        public boolean needsChair() {
            return !tied.isEmpty();
        }
    }

    /**
     * @param candidates     this session's subjects
     * @param alreadyDecided levels in force of the group's subjects decided in earlier sessions
     * @param chairKeeps     the tied candidates the chair chose to keep {@code HTXSNV}; ignored unless it is
     *                       exactly as many of the tied candidates as there are slots
     */
    public Selection select(List<Candidate> candidates, List<Level> alreadyDecided, Set<String> chairKeeps) {
        List<Level> group = new ArrayList<>(alreadyDecided);
        candidates.stream().map(Candidate::level).filter(level -> level != null).forEach(group::add);
        QuotaResult quota = rule.apply(group);
        long taken = alreadyDecided.stream().filter(level -> level == Level.HTXSNV).count();
        int slots = (int) Math.max(0, quota.maxHtxsnv() - taken);

        List<Candidate> wanting = candidates.stream().filter(c -> c.level() == Level.HTXSNV)
                .sorted(Comparator.comparingInt(Candidate::htxsnvVotes).reversed()).toList();
        Map<String, Level> levels = new LinkedHashMap<>();
        candidates.forEach(c -> levels.put(c.subjectId(), c.level()));
        if (wanting.size() <= slots) {
            return new Selection(levels, List.of(), 0, quota, List.of());
        }
        List<String> keep = new ArrayList<>();
        List<String> tied = new ArrayList<>();
        if (slots > 0) {
            int lastKept = wanting.get(slots - 1).htxsnvVotes();
            wanting.stream().filter(c -> c.htxsnvVotes() > lastKept).forEach(c -> keep.add(c.subjectId()));
            wanting.stream().filter(c -> c.htxsnvVotes() == lastKept).forEach(c -> tied.add(c.subjectId()));
        }
        int tiedSlots = slots - keep.size();
        boolean settled = tied.size() == tiedSlots
                || chairKeeps.size() == tiedSlots && tied.containsAll(chairKeeps);
        if (tied.size() == tiedSlots) {
            keep.addAll(tied);
        } else if (settled) {
            keep.addAll(chairKeeps);
        }
        List<String> demoted = new ArrayList<>();
        for (Candidate candidate : wanting) {
            boolean waiting = !settled && tied.contains(candidate.subjectId());
            if (waiting) {
                levels.put(candidate.subjectId(), null);
            } else if (!keep.contains(candidate.subjectId())) {
                levels.put(candidate.subjectId(), Level.HTTNV);
                demoted.add(candidate.subjectId());
            }
        }
        return settled ? new Selection(levels, List.of(), 0, quota, demoted)
                : new Selection(levels, List.copyOf(tied), tiedSlots, quota, demoted);
    }
}
