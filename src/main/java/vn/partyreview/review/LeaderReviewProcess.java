package vn.partyreview.review;

import static vn.partyreview.process.ProcessContract.CAMPAIGN_ID;
import static vn.partyreview.process.ProcessContract.LEADER_CODE;
import static vn.partyreview.process.ProcessContract.ORG_CODE;

import vn.partyreview.process.ProcessContract;

/**
 * The contract of {@code processes/leader-review.bpmn}: one leader's review at his level, in depth on the office held,
 * before each collective he leads in [P I.2.2, I.4.2], and his self-assessment; the decision is {@code leader}'s.
 */
public final class LeaderReviewProcess {

    public static final String PROCESS_KEY = "leaderReview";
    public static final String WRITE_SELF_REVIEW_TASK = "Task_WriteLeaderSelfReview";
    public static final String REVIEW_MEETING_TASK = "Task_RecordLeaderReviewMeeting";
    public static final String SELF_ASSESS_TASK = "Task_LeaderSelfAssess";
    // written by the loader from the posts on record
    public static final String REVIEW_PLACE_CODES = "reviewPlaceCodes";
    public static final String REVIEW_PLACE_CODE = "reviewPlaceCode";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, ORG_CODE, LEADER_CODE)
            .owned(REVIEW_PLACE_CODES, REVIEW_PLACE_CODE)
            // set on the Mẫu 02 tasks from the campaign record, read by the form's conditions only
            .owned(RuleSetFormVariables.POINTS_BASED, RuleSetFormVariables.SELF_REVIEW_TEMPLATE,
                    RuleSetFormVariables.QUARTERLY_RESULTS, RuleSetFormVariables.MEMBER_SECTOR)
            .userTask(WRITE_SELF_REVIEW_TASK, MemberForms.MAU_02)
            .userTask(REVIEW_MEETING_TASK, MemberForms.REVIEW_MEETING)
            .userTask(SELF_ASSESS_TASK, MemberForms.MAU_02)
            .build();

    private LeaderReviewProcess() {
    }
}
