package vn.partyreview.grading;

import vn.partyreview.process.ProcessContract;

/** The contract of {@code processes/grading-decision.bpmn}: its key, its variables, its user task. */
public final class GradingDecisionProcess {

    public static final String PROCESS_KEY = "gradingDecision";
    public static final String DECIDE_TASK = "Task_DecideLevel";

    // inputs of the caller: who and what is decided; everything else is read from the records
    public static final String CAMPAIGN_ID = "campaignId";
    public static final String ORG_CODE = "orgCode";
    public static final String SUBJECT_TYPE = "subjectType";
    public static final String SUBJECT_ID = "subjectId";
    /** What the deciding body sees beside the ceiling; display only. */
    public static final String DECISION_BRIEF = "decisionBrief";
    // written by the delegates, shown by the form, never read back for a decision
    public static final String GRADED = "graded";
    public static final String CEILING_LEVEL = "ceilingLevel";
    public static final String CEILING_REASONS = "ceilingReasons";
    public static final String REJECTED_REASONS = "decisionRejectedReasons";
    // the deciding body's form
    public static final String DECIDED_LEVEL = "decidedLevel";
    public static final String RATIONALE = "decisionRationale";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, ORG_CODE, SUBJECT_TYPE, SUBJECT_ID, DECISION_BRIEF)
            .owned(GRADED, CEILING_LEVEL, CEILING_REASONS, REJECTED_REASONS)
            .userTask(DECIDE_TASK, DECIDED_LEVEL, RATIONALE)
            .build();

    private GradingDecisionProcess() {
    }
}
