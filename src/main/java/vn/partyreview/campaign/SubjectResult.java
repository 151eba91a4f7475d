package vn.partyreview.campaign;

import java.time.Instant;
import java.util.List;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;

/** One line of a campaign's results: a subject, how far it got, its decided level and any lateness. */
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
        List<String> lateStages) {
}
