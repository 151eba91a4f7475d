package vn.partyreview.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.campaign.LeadershipAssignments.LeaderAssignment;

/** Step "Xác định cán bộ và cấp quyết định": includes the leader {@code leaderCode} and names who decides. */
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
        String orgCode = (String) execution.getVariable("orgCode");
        LeaderAssignment leader = assignments.forLeader(orgCode);
        subjects.includeLeader((String) execution.getVariable("campaignId"),
                (String) execution.getVariable("leaderCode"), orgCode);

        execution.setVariable("decidingGroup", leader.decidingGroup());
        execution.setVariable("quotaGroup", leader.quotaGroup());
    }
}
