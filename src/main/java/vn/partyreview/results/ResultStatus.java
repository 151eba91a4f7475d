package vn.partyreview.results;

import vn.partyreview.subjects.CampaignSubject;
import vn.partyreview.subjects.SubjectStatus;

/**
 * Where a subject stands in the results (SPEC §12), derived from its progress ({@link SubjectStatus}), its decision
 * in force and, for an organisation, whether its dossier went up; the processes never read it.
 */
public enum ResultStatus {
    /** Under review, self-assessment, proposal or decision session. */
    IN_PROGRESS,
    /** A decision of the competent body is in force. */
    DECIDED,
    /** Reviewed but not graded, e.g. admitted less than 6 months ago [P II.6]. */
    NOT_GRADED,
    /** Exempt from or suspended in party activity: neither reviewed nor graded (SPEC §2). */
    NOT_REVIEWED,
    /** An organisation whose results and dossier were sent to the committee above, which has not decided yet. */
    SENT_TO_SUPERIOR;

    public static ResultStatus of(CampaignSubject subject, boolean decided) {
        if (decided) {
            return DECIDED;
        }
        return switch (subject.getStatus()) {
            case NOT_REVIEWED -> NOT_REVIEWED;
            case NOT_GRADED -> NOT_GRADED;
            case IN_REVIEW, SELF_ASSESSED -> subject.getDossierSentAt() != null ? SENT_TO_SUPERIOR : IN_PROGRESS;
        };
    }
}
