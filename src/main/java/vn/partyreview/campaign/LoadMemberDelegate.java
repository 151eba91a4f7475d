package vn.partyreview.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Xác định đảng viên và người thực hiện": includes {@code memberCode} in the campaign, decides whether the
 * member is reviewed and graded, and names who rates, comments and chairs.
 */
@Component("loadMember")
public class LoadMemberDelegate implements JavaDelegate {

    private final ReviewAssignments assignments;
    private final CampaignSubjects subjects;
    private final CampaignService campaigns;

    public LoadMemberDelegate(ReviewAssignments assignments, CampaignSubjects subjects, CampaignService campaigns) {
        this.assignments = assignments;
        this.subjects = subjects;
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaignId = (String) execution.getVariable("campaignId");
        String memberCode = (String) execution.getVariable("memberCode");
        MemberAssignment member = assignments.forMember(memberCode, campaigns.gradingDay(campaignId));
        subjects.includeMember(campaignId, memberCode, member);

        execution.setVariable("memberName", member.memberName());
        execution.setVariable("memberUserId", member.memberUserId());
        execution.setVariable("reviewed", member.reviewed());
        execution.setVariable("graded", member.graded());
        execution.setVariable("civilServant", member.civilServant());
        execution.setVariable("agencyHeadGroup", member.agencyHeadGroup());
        execution.setVariable("hasResidenceCell", member.residenceCommitteeGroup() != null);
        execution.setVariable("residenceCommitteeGroup", member.residenceCommitteeGroup());
        execution.setVariable("chairUserId", member.chairUserId());
        execution.setVariable("cellCommitteeGroup", member.cellCommitteeGroup());
    }
}
