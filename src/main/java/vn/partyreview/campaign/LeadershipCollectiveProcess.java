package vn.partyreview.campaign;

import static vn.partyreview.process.ProcessContract.CAMPAIGN_ID;
import static vn.partyreview.process.ProcessContract.COLLECTIVE_CODE;
import static vn.partyreview.process.ProcessContract.ORG_CODE;

import vn.partyreview.process.ProcessContract;

/** The contract of {@code processes/leadership-collective.bpmn}: one leadership collective of a level. */
public final class LeadershipCollectiveProcess {

    public static final String PROCESS_KEY = "leadershipCollective";
    public static final String SELF_ASSESS_TASK = "Task_SelfAssessCollective";
    public static final String COLLECTIVE_NAME = "collectiveName";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, ORG_CODE, COLLECTIVE_CODE)
            .owned(COLLECTIVE_NAME)
            // set on the Mẫu 01 task from the campaign record, read by the form's conditions only
            .owned(RuleSetFormVariables.POINTS_BASED)
            .userTask(SELF_ASSESS_TASK, MemberForms.MAU_01)
            .build();

    private LeadershipCollectiveProcess() {
    }
}
