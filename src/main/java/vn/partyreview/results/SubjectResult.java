package vn.partyreview.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.partyreview.facts.SubjectFacts;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.Reason;
import vn.partyreview.grading.rules.SubjectType;

/**
 * One line of a campaign's results (SPEC §12): a subject, where it stands, its decided level and any lateness; its
 * grading input ({@code ruleSet}, {@code criteria}, {@code facts}) as the grading API takes it with the ceiling that
 * API answers for it, and every fact recorded about it with who entered it and when; the decisions of it that
 * were cancelled to decide again [P II.6], oldest first; an organisation's own self-grading vote.
 *
 * @param proposedLevel the committee's proposal (a member's cell committee); null where the process has none
 * @param ballotLevel   the level the cell's secret ballot proposed for a member, null without a majority
 * @param ceilingLevel  the highest level the standards allow on the records as they stand, null when not graded
 * @param scores        the self-scored points of a points-based rule set, as the grading API takes them; else null
 * @param score         their total as the grading API answers it; null under a rating-based rule set
 * @param waivable      rule ids the competent body may decide above, with a recorded reason (QĐ 366)
 * @param quotaGroup    the group over which the 20% quota is counted
 * @param quotaOutstanding the competent body marked the group's organisation outstanding: its quota is 25% (QĐ 366)
 * @param cellBallot    the cell's secret ballot on a member, absent for other subjects
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SubjectResult(
        SubjectType subjectType,
        String subjectCode,
        String subjectName,
        String organizationCode,
        ResultStatus status,
        Level selfLevel,
        Level proposedLevel,
        Level ballotLevel,
        Level level,
        String levelLabel,
        String decidedBy,
        Instant decidedAt,
        List<String> lateStages,
        JsonNode facts,
        List<SubjectFacts.Entry> recordedFacts,
        Decision decision,
        String ruleSet,
        JsonNode criteria,
        JsonNode scores,
        Level ceilingLevel,
        List<Reason> ceilingReasons,
        BigDecimal score,
        List<String> waivable,
        String quotaGroup,
        boolean quotaOutstanding,
        CellBallot cellBallot,
        List<Cancelled> cancelled,
        SelfBallot selfBallot) {

    /**
     * The decision session that decided the subject (SPEC §12), absent for a decision taken outside one.
     *
     * @param votes votes per level in the session's secret ballot
     */
    public record Decision(String sessionId, String decidingGroup, Map<String, Integer> votes, String confirmedBy,
                           Instant decidedAt) {
    }

    /**
     * An earlier decision of the subject, cancelled by the competent body to decide again [P II.6]; it stays in the
     * record.
     */
    public record Cancelled(String sessionId, Level level, String levelLabel, String decidedBy, Instant decidedAt,
                            String reasons, String cancelledBy, Instant cancelledAt) {
    }

    /**
     * A party organisation's own self-grading vote by secret ballot [P II.1.5 B1] (SPEC §12): its latest session held,
     * else its latest session; absent for other subjects and before the vote.
     *
     * @param votes votes per level, empty when the session was not held
     * @param level the level the ballot gave, null when not held or without a majority
     */
    public record SelfBallot(String sessionId, Map<String, Integer> votes, boolean held, Level level) {
    }

    /**
     * The cell's secret ballot proposing a member's level [P II.2.5].
     *
     * @param votes  votes per level for this member
     * @param result the level proposed, null where no level had a majority
     */
    public record CellBallot(String sessionId, Map<String, Integer> votes, Level result) {
    }
}
