package vn.partyreview.campaign;

import static vn.partyreview.process.ProcessContract.CAMPAIGN_ID;
import static vn.partyreview.process.ProcessContract.ORG_CODE;

import vn.partyreview.process.ProcessContract;

/** The contract of {@code processes/organization-grading.bpmn}: a party organisation's self-grading and decision. */
public final class OrganizationGradingProcess {

    public static final String PROCESS_KEY = "organizationGrading";
    public static final String SELF_ASSESS_TASK = "Task_SelfAssessOrganization";
    public static final String OPINION_TASK = "Task_GiveOpinion";
    public static final String APPRAISE_TASK = "Task_AppraiseOrganization";
    /** The office records the targets met, force majeure and party-building "Kém" before the appraisal. */
    public static final String FACTS_TASK = "Task_RecordOrganizationFacts";
    public static final String HEAD_MOVED_IN_UNRELATED = "headMovedInUnrelated";
    /** The related body giving one opinion: the element of the opinions' multi-instance. */
    public static final String BODY_CODE = "bodyCode";
    public static final String OPINION_LEVEL = "opinionLevel";
    public static final String OPINION_COMMENT = "opinionComment";
    /** The committee's secret ballot on the organisation's own level, after Mẫu 01 [P II.1.5 B1]. */
    public static final String SELF_BALLOT_CALL = "Call_SelfBallot";
    /** The session of the latest self-grading vote: the {@code ballotSessionId} the call hands back. */
    public static final String SELF_BALLOT_SESSION_ID = "selfBallotSessionId";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, ORG_CODE, PartyOrganizationProcess.ORG_NAME)
            .owned(BODY_CODE, SELF_BALLOT_SESSION_ID)
            .shown(CollectiveReviewProcess.IN_DEPTH_SUGGESTIONS)
            .userTask(SELF_ASSESS_TASK, MemberForms.MAU_01)
            .userTask(OPINION_TASK, OPINION_LEVEL, OPINION_COMMENT)
            .userTask(FACTS_TASK, "targetsCompletedPercent", "forceMajeure", "partyBuildingKem", HEAD_MOVED_IN_UNRELATED)
            .userTask(APPRAISE_TASK, MemberForms.APPRAISAL)
            .build();

    private OrganizationGradingProcess() {
    }
}
