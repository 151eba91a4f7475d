package vn.partyreview.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.partyreview.facts.SubjectFacts;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;

/**
 * One line of a campaign's results: a subject, how far it got, its decided level and any lateness; its grading
 * {@code facts} as the grading API takes them, and every fact recorded about it with who entered it and when; the
 * decisions of it that were cancelled to decide again [P II.6], oldest first.
 */
public record SubjectResult(
        SubjectType subjectType,
        String subjectCode,
        String subjectName,
        String organizationCode,
        SubjectStatus status,
        Level selfLevel,
        Level committeeLevel,
        Level ballotLevel,
        Level level,
        String levelLabel,
        String decidedBy,
        Instant decidedAt,
        List<String> lateStages,
        JsonNode facts,
        List<SubjectFacts.Entry> recordedFacts,
        Decision decision,
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
}
