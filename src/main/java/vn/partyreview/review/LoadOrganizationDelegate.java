package vn.partyreview.review;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.process.ProcessLists;
import vn.partyreview.subjects.CampaignSubjects;
import vn.partyreview.subjects.LevelLeaders;
import vn.partyreview.subjects.OrganizationAssignment;
import vn.partyreview.subjects.ReviewAssignments;

/**
 * Step "Xác định tổ chức và người thực hiện": includes {@code orgCode} in the campaign and lists what it leads.
 * Fails (an incident of this organisation alone) when the organisation has no secretary in the records.
 */
@Component("loadOrganization")
class LoadOrganizationDelegate implements JavaDelegate {

    private final ReviewAssignments assignments;
    private final CampaignSubjects subjects;
    private final LevelLeaders leaders;

    public LoadOrganizationDelegate(ReviewAssignments assignments, CampaignSubjects subjects, LevelLeaders leaders) {
        this.assignments = assignments;
        this.subjects = subjects;
        this.leaders = leaders;
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
        // heads are reviewed before the deputies and members [P I.4.2]
        List<LevelLeaders.LevelLeader> levelLeaders = leaders.of(orgCode);
        execution.setVariable(PartyOrganizationProcess.HEAD_LEADER_CODES, ProcessLists.of(levelLeaders.stream()
                .filter(leader -> leader.title().head()).map(LevelLeaders.LevelLeader::memberCode).toList()));
        execution.setVariable(PartyOrganizationProcess.OTHER_LEADER_CODES, ProcessLists.of(levelLeaders.stream()
                .filter(leader -> !leader.title().head()).map(LevelLeaders.LevelLeader::memberCode).toList()));
    }
}
