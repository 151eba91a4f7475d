package vn.partyreview.review;

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
    /** Each same-level UBND, MTTQ and mass organisation reports its own result, before the office's facts. */
    public static final String REPORT_TASK = "Task_ReportBodyResult";
    /** The body reporting: the element of the reports' multi-instance. */
    public static final String REPORTING_BODY_CODE = "reportingBodyCode";
    public static final String REPORTING_BODY_NAME = "reportingBodyName";
    public static final String BODY_RESULT_LEVEL = "bodyResultLevel";
    public static final String BODY_RESULT_NOTE = "bodyResultNote";
    /** After the result, the deciding body's office proposes rewards for those decided HTXSNV [P II.5]. */
    public static final String REWARDS_TASK = "Task_ProposeRewards";
    /** The reward checklist's options, written from the decisions in force when the task opens. */
    public static final String REWARD_CHOICES = "rewardChoices";
    /** The {@code TYPE:code} values ticked. */
    public static final String REWARDS_PROPOSED = "rewardsProposed";
    public static final String REWARD_NOTE = "rewardNote";
    /** The committee's secret ballot on the organisation's own level, after Mẫu 01 [P II.1.5 B1]. */
    public static final String SELF_BALLOT_CALL = "Call_SelfBallot";
    /** The session of the latest self-grading vote: the {@code ballotSessionId} the call hands back. */
    public static final String SELF_BALLOT_SESSION_ID = "selfBallotSessionId";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, ORG_CODE, PartyOrganizationProcess.ORG_NAME)
            .owned(BODY_CODE, SELF_BALLOT_SESSION_ID, REPORTING_BODY_CODE, REPORTING_BODY_NAME, REWARD_CHOICES)
            .shown(CollectiveReviewProcess.IN_DEPTH_SUGGESTIONS)
            // set on the Mẫu 01 task from the campaign record, read by the form's conditions only
            .owned(RuleSetFormVariables.POINTS_BASED, RuleSetFormVariables.SCORING_SHEET,
                    RuleSetFormVariables.SCORING_SHEET_MISSING)
            .userTask(SELF_ASSESS_TASK, MemberForms.MAU_01)
            .userTask(OPINION_TASK, OPINION_LEVEL, OPINION_COMMENT)
            .userTask(FACTS_TASK, "targetsCompletedPercent", "forceMajeure", "partyBuildingKem", HEAD_MOVED_IN_UNRELATED)
            .userTask(REPORT_TASK, BODY_RESULT_LEVEL, BODY_RESULT_NOTE)
            .userTask(APPRAISE_TASK, MemberForms.APPRAISAL)
            .userTask(REWARDS_TASK, REWARDS_PROPOSED, REWARD_NOTE)
            .build();

    private OrganizationGradingProcess() {
    }
}
