package vn.partyreview.review;

import static vn.partyreview.process.ProcessContract.CAMPAIGN_ID;
import static vn.partyreview.process.ProcessContract.COLLECTIVE_CODE;
import static vn.partyreview.process.ProcessContract.ORG_CODE;

import vn.partyreview.process.ProcessContract;

/**
 * The contract of {@code processes/leadership-collective.bpmn}: one leadership collective, reviewed, self-assessed,
 * appraised and decided by its competent body.
 */
public final class LeadershipCollectiveProcess {

    public static final String PROCESS_KEY = "leadershipCollective";
    public static final String SELF_ASSESS_TASK = "Task_SelfAssessCollective";
    public static final String COLLECTIVE_NAME = "collectiveName";
    /** The review meeting with the 3 working days' notice, as organisations hold it. */
    public static final String REVIEW_CALL = "Call_CollectiveReview";
    /** Related bodies' opinions [P II.3.5 B2]: one task per body, often none. */
    public static final String OPINION_TASK = "Task_GiveOpinion";
    public static final String APPRAISE_TASK = "Task_AppraiseCollective";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, ORG_CODE, COLLECTIVE_CODE)
            .owned(COLLECTIVE_NAME, OrganizationGradingProcess.BODY_CODE)
            // set on the Mẫu 01 task from the campaign record, read by the form's conditions only
            .owned(RuleSetFormVariables.POINTS_BASED, RuleSetFormVariables.SCORING_SHEET,
                    RuleSetFormVariables.SCORING_SHEET_MISSING)
            .userTask(SELF_ASSESS_TASK, MemberForms.MAU_01)
            .userTask(OPINION_TASK, OrganizationGradingProcess.OPINION_LEVEL, OrganizationGradingProcess.OPINION_COMMENT)
            .userTask(APPRAISE_TASK, MemberForms.APPRAISAL)
            .build();

    private LeadershipCollectiveProcess() {
    }
}
