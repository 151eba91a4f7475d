package vn.partyreview.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Mở đợt kiểm điểm": creates the campaign record from {@code year} and {@code rootOrgCode}, for a starter
 * who is on the root organisation's committee.
 */
@Component("openCampaign")
public class OpenCampaignDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    public OpenCampaignDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // a number from Tasklist, possibly a string from a REST caller
        int year = Integer.parseInt(String.valueOf(execution.getVariable("year")));
        Campaign campaign = campaigns.open(year, (String) execution.getVariable("rootOrgCode"),
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
        execution.setVariable("campaignId", String.valueOf(campaign.getId()));
        execution.setVariable("ruleSet", campaign.getRuleSetId());
    }
}
