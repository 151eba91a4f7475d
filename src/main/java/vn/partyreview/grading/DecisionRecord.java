package vn.partyreview.grading;

import java.time.Instant;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;

/** A competent body's decided level for one subject in one campaign. */
public record DecisionRecord(
        String campaignId,
        SubjectType subjectType,
        String subjectId,
        String quotaGroup,
        Level level,
        String decidedBy,
        Instant decidedAt,
        String reasons) {
}
