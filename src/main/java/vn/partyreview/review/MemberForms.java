package vn.partyreview.review;

import java.util.stream.Stream;

/** Keys of the forms several models share, as the deployed {@code forms/*.form} submit them. */
final class MemberForms {

    /** Mẫu 02, the member's self-review and self-assessment; under QĐ 366 Mẫu 2A/2B/2C with the points. */
    static final String[] MAU_02 = concat(PointsSheet.MEMBER.fields(), "taskEvidence",
            "outsideSystemStatus", "partyPosition", "governmentPosition", "massOrganizationPosition",
            "workUnit", "politicsEthicsReport", "politicsEthicsRating", "dutiesReport", "dutiesRating", "selfImprovementReport",
            "selfImprovementRating", "limitations", "causes", "remedies", "remedyRating",
            "suggestedIssuesExplanation", "collectiveResponsibility", "direction", "proposedCivilServantLevel",
            "proposedMemberLevel");
    /** Mẫu 01, a collective's review report and self-assessment; under QĐ 366 with part B, the points. */
    static final String[] MAU_01 = concat(PointsSheet.COLLECTIVE.fields(), "leadershipReport", "leadershipRating",
            "tasksReport", "tasksRating", "democraticCentralismReport", "democraticCentralismRating", "antiDegradationReport",
            "antiDegradationRating", "inspectionReport", "inspectionRating", "limitations", "causes", "remedies",
            "remedyRating", "suggestedIssuesExplanation", "responsibility", "direction", "proposedLevel");
    static final String[] REVIEW_MEETING = {"meetingDate", "participantsPresent", "chairConclusion"};
    static final String[] APPRAISAL = {"dossierComplete", "appraisalNotes"};

    private MemberForms() {
    }

    private static String[] concat(String[] first, String... rest) {
        return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
    }
}
