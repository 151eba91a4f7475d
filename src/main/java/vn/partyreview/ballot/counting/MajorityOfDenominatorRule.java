package vn.partyreview.ballot.counting;

import java.util.EnumMap;
import java.util.Map;
import vn.partyreview.grading.rules.Level;

/**
 * Counting rule "đa số trên tổng số đảng viên được triệu tập" (SPEC §6, from the party's election and voting rules):
 * <ul>
 *   <li>the denominator is frozen when the session opens: the full members summoned, minus those temporarily
 *       transferred out, suspended, prosecuted or detained, and those absent for the whole meeting with an approved
 *       reason (see {@code Attendance});</li>
 *   <li>votes are counted cumulatively from the top level down: a vote for HTXSNV also supports HTTNV and HTNV; a
 *       vote for KHTNV supports no completed level, so KHTNV counts only its own votes;</li>
 *   <li>the result is the highest level supported by <b>more than half of the denominator</b> (not of the votes
 *       cast); where no level reaches it the subject has no majority and the deciding body must decide
 *       explicitly;</li>
 *   <li>the session may open only with the minimum attendance of the {@link Quorum} (default two thirds).</li>
 * </ul>
 */
public class MajorityOfDenominatorRule {

    public static final String NAME = "MAJORITY_OF_DENOMINATOR";

    private final Quorum quorum;

    public MajorityOfDenominatorRule(Quorum quorum) {
        this.quorum = quorum;
    }

    public String name() {
        return NAME;
    }

    public Quorum quorum() {
        return quorum;
    }

    public boolean attendanceMet(int present, int denominator) {
        return denominator > 0 && present >= quorum.minimumAttendance(denominator);
    }

    public SubjectOutcome outcome(Map<Level, Integer> votes, int denominator) {
        Map<Level, Integer> complete = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            complete.put(level, votes.getOrDefault(level, 0));
        }
        int supporting = 0;
        for (Level level : Level.values()) {
            supporting = level == Level.KHTNV ? complete.get(level) : supporting + complete.get(level);
            if (isMoreThanHalf(supporting, denominator)) {
                return new SubjectOutcome(level, complete);
            }
        }
        return new SubjectOutcome(null, complete);
    }

    /** Strictly more than half, in integers: 5 of 9 is a majority, 5 of 10 is not. */
    private static boolean isMoreThanHalf(int votes, int denominator) {
        return 2 * votes > denominator;
    }
}
