package vn.partyreview.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import vn.partyreview.facts.SubjectFacts;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;

/**
 * One line of a campaign's results: a subject, how far it got, its decided level and any lateness; its grading
 * {@code facts} as the grading API takes them, and every fact recorded about it with who entered it and when.
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
        List<SubjectFacts.Entry> recordedFacts) {
}
