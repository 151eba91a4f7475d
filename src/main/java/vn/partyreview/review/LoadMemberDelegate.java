package vn.partyreview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.subjects.CampaignSubjects;
import vn.partyreview.subjects.MemberAssignment;
import vn.partyreview.subjects.TaskAssignments;

/**
 * Step "Xác định đảng viên và người thực hiện": includes {@code memberCode} in the campaign, reviewed or not. Who
 * rates, comments and chairs, and which way the review goes, the model reads from the records as it goes
 * ({@link TaskAssignments}). It runs in the cell's multi-instance job that starts this member's instance (no job of
 * its own: one job per member at fan-out): a member missing from the records fails that job, as an incident of this
 * member alone, retried as the cell's model says.
 */
@Component("loadMember")
class LoadMemberDelegate implements JavaDelegate {

    private final TaskAssignments assignments;
    private final CampaignSubjects subjects;

    public LoadMemberDelegate(TaskAssignments assignments, CampaignSubjects subjects) {
        this.assignments = assignments;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaignId = (String) execution.getVariable(ProcessContract.CAMPAIGN_ID);
        String memberCode = (String) execution.getVariable(ProcessContract.MEMBER_CODE);
        // the same read serves the gateways and the first tasks created in this transaction
        MemberAssignment member = assignments.member(campaignId, memberCode);
        subjects.includeMember(campaignId, memberCode, member);

        execution.setVariable(PartyMemberProcess.MEMBER_NAME, member.memberName());
        execution.setVariable(PartyMemberProcess.CIVIL_SERVANT, member.civilServant());
        if (member.previousCellName() != null) {
            execution.setVariable(PartyMemberProcess.PREVIOUS_CELL_NAME, member.previousCellName());
        }
    }
}
