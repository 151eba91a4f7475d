package vn.partyreview.results;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.partyreview.process.JsonVariables;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.review.OrganizationGradingProcess;

/** On completing "Đề xuất khen thưởng": stores the proposals ticked, with the user who made them. */
@Component("recordRewards")
class RecordRewardsListener implements TaskListener {

    private final Rewards rewards;
    private final JsonVariables json;

    public RecordRewardsListener(Rewards rewards, JsonVariables json) {
        this.rewards = rewards;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> ticked = new ArrayList<>();
        json.read(task.getVariable(OrganizationGradingProcess.REWARDS_PROPOSED))
                .ifPresent(values -> values.forEach(value -> ticked.add(value.asText())));
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        rewards.propose((String) task.getVariable(ProcessContract.CAMPAIGN_ID),
                (String) task.getVariable(ProcessContract.ORG_CODE), ticked, user == null ? null : user.getUserId());
    }
}
