package vn.partyreview.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Thông báo kết quả" of a leader: the leader and the committee that decided are told. */
@Component("notifyLeaderResult")
public class NotifyLeaderResultDelegate implements JavaDelegate {

    private final ResultNotifications notifications;

    public NotifyLeaderResultDelegate(ResultNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.notifyLeader((String) execution.getVariable("campaignId"),
                (String) execution.getVariable("leaderCode"), (String) execution.getVariable("decidingGroup"));
    }
}
