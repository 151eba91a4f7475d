package vn.partyreview.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;

/** Step "Đóng đợt kiểm điểm". */
@Component("closeCampaign")
class CloseCampaignDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    public CloseCampaignDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.close((String) execution.getVariable(ProcessContract.CAMPAIGN_ID));
    }
}
