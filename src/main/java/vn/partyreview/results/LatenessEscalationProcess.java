package vn.partyreview.results;

import static vn.partyreview.process.ProcessContract.CAMPAIGN_ID;
import static vn.partyreview.process.ProcessContract.ORG_CODE;

import vn.partyreview.process.ProcessContract;

/** The contract of {@code processes/lateness-escalation.bpmn}; the follow-up group comes from the records. */
public final class LatenessEscalationProcess {

    public static final String PROCESS_KEY = "latenessEscalation";
    public static final String FOLLOW_UP_TASK = "Task_FollowUpLateness";
    public static final String LATE_SUBJECT_TYPE = "lateSubjectType";
    public static final String LATE_SUBJECT_CODE = "lateSubjectCode";
    public static final String LATE_STAGE = "lateStage";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, ORG_CODE, LATE_SUBJECT_TYPE, LATE_SUBJECT_CODE, LATE_STAGE)
            .userTask(FOLLOW_UP_TASK, "followUpAction")
            .build();

    private LatenessEscalationProcess() {
    }
}
