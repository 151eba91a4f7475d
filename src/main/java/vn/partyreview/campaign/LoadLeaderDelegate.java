package vn.partyreview.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;

/** Step "Xác định cán bộ và cấp quyết định": includes the leader {@code leaderCode} at the level of {@code orgCode}, which must exist. */
@Component("loadLeader")
public class LoadLeaderDelegate implements JavaDelegate {

    private final LeadershipAssignments assignments;
    private final CampaignSubjects subjects;

    public LoadLeaderDelegate(LeadershipAssignments assignments, CampaignSubjects subjects) {
        this.assignments = assignments;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orgCode = (String) execution.getVariable(ProcessContract.ORG_CODE);
        assignments.forLeader(orgCode);
        subjects.includeLeader((String) execution.getVariable(ProcessContract.CAMPAIGN_ID),
                (String) execution.getVariable(ProcessContract.LEADER_CODE), orgCode);
    }
}
