package vn.partyreview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.subjects.CampaignSubjects;
import vn.partyreview.subjects.LeadershipAssignments;

/**
 * Step "Xác định cán bộ và cấp quyết định": includes the leader {@code leaderCode} at the level of {@code orgCode};
 * fails (an incident) when the records no longer show him leading there.
 */
@Component("loadLeader")
class LoadLeaderDelegate implements JavaDelegate {

    private final LeadershipAssignments assignments;
    private final CampaignSubjects subjects;

    public LoadLeaderDelegate(LeadershipAssignments assignments, CampaignSubjects subjects) {
        this.assignments = assignments;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orgCode = (String) execution.getVariable(ProcessContract.ORG_CODE);
        String leaderCode = (String) execution.getVariable(ProcessContract.LEADER_CODE);
        assignments.forLeader(orgCode, leaderCode);
        subjects.includeLeader((String) execution.getVariable(ProcessContract.CAMPAIGN_ID), leaderCode, orgCode);
    }
}
