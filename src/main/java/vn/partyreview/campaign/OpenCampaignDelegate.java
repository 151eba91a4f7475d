package vn.partyreview.campaign;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;

/**
 * Step "Mở đợt kiểm điểm": creates the campaign record from {@code year}, {@code rootOrgCode}, the rule set and the
 * deadlines entered, for a starter who is on the root organisation's committee, and names the instance after it
 * (business key, whatever a starter may have sent). The deadlines and the office holders the subtree needs are
 * checked again here for callers the guard lets through.
 */
@Component("openCampaign")
class OpenCampaignDelegate implements JavaDelegate {

    private final CampaignService campaigns;
    private final BusinessKeys businessKeys;

    public OpenCampaignDelegate(CampaignService campaigns, BusinessKeys businessKeys) {
        this.campaigns = campaigns;
        this.businessKeys = businessKeys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // a number from Tasklist, possibly a string from a REST caller
        int year = Integer.parseInt(String.valueOf(execution.getVariable(CampaignProcess.YEAR)));
        Map<String, String> unreadable = new LinkedHashMap<>();
        Map<String, LocalDate> entered = CampaignService.enteredDeadlines(execution.getVariables(), unreadable);
        if (!unreadable.isEmpty()) {
            throw new BadUserRequestException(String.join(" ", unreadable.values()));
        }
        String rootOrgCode = (String) execution.getVariable(ProcessContract.ROOT_ORG_CODE);
        Authentication starter = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        // a missing office holder is told only to who may start the campaign; the others are refused by open()
        Map<String, String> missing = starter == null || CampaignService.mayStart(starter, rootOrgCode)
                ? campaigns.missingOfficeHolders(rootOrgCode) : Map.of();
        if (!missing.isEmpty()) {
            throw new BadUserRequestException(String.join(" ", missing.values()));
        }
        Object ruleSet = execution.getVariable(CampaignProcess.RULE_SET);
        Campaign campaign = campaigns.open(year, rootOrgCode, ruleSet == null ? null : String.valueOf(ruleSet),
                entered, starter);
        execution.setVariable(ProcessContract.CAMPAIGN_ID, String.valueOf(campaign.getId()));
        // the starter's choice, or the default, as the record keeps it: only the record is ever read
        execution.setVariable(CampaignProcess.RULE_SET, campaign.getRuleSetId());
        execution.setProcessBusinessKey(
                businessKeys.campaign(campaign.getYear(), campaign.getRootOrganization().getCode()));
    }
}
