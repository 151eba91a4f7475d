package vn.partyreview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.subjects.CampaignSubjects;
import vn.partyreview.subjects.LeadershipAssignments;
import vn.partyreview.subjects.LeadershipAssignments.CollectiveAssignment;

/** Step "Xác định tập thể và người thực hiện": includes {@code collectiveCode} in the campaign and names who acts. */
@Component("loadCollective")
class LoadCollectiveDelegate implements JavaDelegate {

    private final LeadershipAssignments assignments;
    private final CampaignSubjects subjects;

    public LoadCollectiveDelegate(LeadershipAssignments assignments, CampaignSubjects subjects) {
        this.assignments = assignments;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String collectiveCode = (String) execution.getVariable(ProcessContract.COLLECTIVE_CODE);
        String orgCode = (String) execution.getVariable(ProcessContract.ORG_CODE);
        CollectiveAssignment collective = assignments.forCollective(collectiveCode, orgCode);
        subjects.includeCollective((String) execution.getVariable(ProcessContract.CAMPAIGN_ID), collectiveCode,
                collective.collectiveName(), orgCode);

        execution.setVariable(LeadershipCollectiveProcess.COLLECTIVE_NAME, collective.collectiveName());
    }
}
