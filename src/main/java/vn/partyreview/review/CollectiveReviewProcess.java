package vn.partyreview.review;

import static vn.partyreview.process.ProcessContract.CAMPAIGN_ID;
import static vn.partyreview.process.ProcessContract.COLLECTIVE_CODE;
import static vn.partyreview.process.ProcessContract.ORG_CODE;

import vn.partyreview.process.ProcessContract;

/**
 * The contract of {@code processes/collective-review.bpmn}: the collective review meeting of a party organisation,
 * or of a leadership collective when its caller maps {@code collectiveCode} in (see {@link ReviewSubject}).
 */
public final class CollectiveReviewProcess {

    public static final String PROCESS_KEY = "collectiveReview";
    public static final String DRAFT_TASK = "Task_DraftCollectiveReport";
    public static final String SUGGEST_TASK = "Task_SuggestInDepthReview";
    public static final String MEETING_TASK = "Task_RecordReviewMeeting";
    public static final String DRAFT_SENT_AT = "draftSentAt";
    public static final String DRAFT_DISCUSSABLE_AT = "draftDiscussableAt";
    /** The inspection committee's suggestions, shown again on the organisation's Mẫu 01 self-assessment. */
    public static final String IN_DEPTH_SUGGESTIONS = "inDepthSuggestions";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, ORG_CODE, COLLECTIVE_CODE, PartyOrganizationProcess.ORG_NAME)
            .owned(DRAFT_SENT_AT, DRAFT_DISCUSSABLE_AT)
            // set on the Mẫu 01 task from the campaign record, read by the form's conditions only
            .owned(RuleSetFormVariables.POINTS_BASED, RuleSetFormVariables.SCORING_SHEET,
                    RuleSetFormVariables.SCORING_SHEET_MISSING)
            .userTask(DRAFT_TASK, MemberForms.MAU_01)
            .userTask(SUGGEST_TASK, "hasInDepthSuggestions", IN_DEPTH_SUGGESTIONS)
            .userTask(MEETING_TASK, MemberForms.REVIEW_MEETING)
            .outputs(IN_DEPTH_SUGGESTIONS)
            .build();

    private CollectiveReviewProcess() {
    }
}
