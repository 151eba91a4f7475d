package vn.partyreview.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;

/**
 * Step "Xác định tổ chức và người thực hiện": includes {@code orgCode} in the campaign and lists what it leads.
 * Fails (an incident of this organisation alone) when the organisation has no secretary in the records.
 */
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
        String orgCode = (String) execution.getVariable(ProcessContract.ORG_CODE);
        OrganizationAssignment org = assignments.forOrganization(orgCode);
        subjects.includeOrganization((String) execution.getVariable(ProcessContract.CAMPAIGN_ID), orgCode,
                org.orgName());

        execution.setVariable(PartyOrganizationProcess.ORG_NAME, org.orgName());
        execution.setVariable(PartyOrganizationProcess.CELL, org.cell());
        execution.setVariable(PartyOrganizationProcess.CHILD_ORG_CODES, ProcessLists.of(org.childOrgCodes()));
        execution.setVariable(PartyOrganizationProcess.MEMBER_CODES, ProcessLists.of(org.memberCodes()));
        execution.setVariable(PartyOrganizationProcess.COLLECTIVE_CODES, ProcessLists.of(org.collectiveCodes()));
        execution.setVariable(PartyOrganizationProcess.OWN_COLLECTIVE_CODES, ProcessLists.of(org.ownCollectiveCodes()));
        execution.setVariable(PartyOrganizationProcess.LEADER_CODES, ProcessLists.of(org.leaderCodes()));
    }
}
