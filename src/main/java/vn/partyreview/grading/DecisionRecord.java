package vn.partyreview.grading;

import java.time.Instant;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;

/**
 * A competent body's decided level for one subject in one campaign.
 *
 * @param decidedBy   the deciding body's group (a decision session), or whoever decided alone
 * @param sessionId   the secret ballot session of the decision session, if taken in one
 * @param votesJson   the session's votes per level for this subject, as JSON {@code {"HTXSNV": n, ...}}
 * @param confirmedBy the chair who confirmed the session's result
 */
public record DecisionRecord(
        String campaignId,
        SubjectType subjectType,
        String subjectId,
        String quotaGroup,
        Level level,
        String decidedBy,
        Instant decidedAt,
        String reasons,
        String sessionId,
        String votesJson,
        String confirmedBy) {

    /** A decision taken outside a decision session. */
    public DecisionRecord(String campaignId, SubjectType subjectType, String subjectId, String quotaGroup, Level level,
                          String decidedBy, Instant decidedAt, String reasons) {
        this(campaignId, subjectType, subjectId, quotaGroup, level, decidedBy, decidedAt, reasons, null, null, null);
    }
}
