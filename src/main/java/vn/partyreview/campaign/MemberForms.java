package vn.partyreview.campaign;

/** Keys of the forms several models share, as the deployed {@code forms/*.form} submit them. */
final class MemberForms {

    /** Mẫu 02, the member's self-review and self-assessment. */
    static final String[] MAU_02 = {"partyPosition", "governmentPosition", "massOrganizationPosition", "workUnit",
            "politicsEthicsReport", "politicsEthicsRating", "dutiesReport", "dutiesRating", "selfImprovementReport",
            "selfImprovementRating", "limitations", "causes", "remedies", "remedyRating",
            "suggestedIssuesExplanation", "collectiveResponsibility", "direction", "proposedCivilServantLevel",
            "proposedMemberLevel"};
    /** Mẫu 01, a collective's review report and self-assessment. */
    static final String[] MAU_01 = {"leadershipReport", "leadershipRating", "tasksReport", "tasksRating",
            "democraticCentralismReport", "democraticCentralismRating", "antiDegradationReport",
            "antiDegradationRating", "inspectionReport", "inspectionRating", "limitations", "causes", "remedies",
            "remedyRating", "suggestedIssuesExplanation", "responsibility", "direction", "proposedLevel"};
    static final String[] REVIEW_MEETING = {"meetingDate", "participantsPresent", "chairConclusion"};
    static final String[] APPRAISAL = {"dossierComplete", "appraisalNotes"};

    private MemberForms() {
    }
}
