package vn.partyreview.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Xác định tổ chức và người thực hiện": includes {@code orgCode} in the campaign and names who does what. */
@Component("loadOrganization")
public class LoadOrganizationDelegate implements JavaDelegate {

    private final ReviewAssignments assignments;
    private final CampaignSubjects subjects;

    public LoadOrganizationDelegate(ReviewAssignments assignments, CampaignSubjects subjects) {
        this.assignments = assignments;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orgCode = (String) execution.getVariable("orgCode");
        OrganizationAssignment org = assignments.forOrganization(orgCode);
        subjects.includeOrganization((String) execution.getVariable("campaignId"), orgCode, org.orgName());

        execution.setVariable("orgName", org.orgName());
        execution.setVariable("cell", org.cell());
        execution.setVariable("headUserId", org.headUserId());
        execution.setVariable("committeeGroup", org.committeeGroup());
        execution.setVariable("inspectionGroup", org.inspectionGroup());
        execution.setVariable("decidingGroup", org.decidingGroup());
        execution.setVariable("appraisingGroup", org.appraisingGroup());
        execution.setVariable("supervisorGroup", org.supervisorGroup());
        execution.setVariable("quotaGroup", org.quotaGroup());
        execution.setVariable("opinionBodyCodes", ProcessLists.of(org.opinionBodyCodes()));
        execution.setVariable("childOrgCodes", ProcessLists.of(org.childOrgCodes()));
        execution.setVariable("memberCodes", ProcessLists.of(org.memberCodes()));
        execution.setVariable("memberDecidingGroup", org.memberDecidingGroup());
        execution.setVariable("memberQuotaGroup", org.memberQuotaGroup());
        execution.setVariable("collectiveCodes", ProcessLists.of(org.collectiveCodes()));
        execution.setVariable("leaderCodes", ProcessLists.of(org.leaderCodes()));
    }
}
