package vn.partyreview.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Thông báo kết quả" of a leadership collective: its unit and the committee that decided are told. */
@Component("notifyCollectiveResult")
public class NotifyCollectiveResultDelegate implements JavaDelegate {

    private final ResultNotifications notifications;

    public NotifyCollectiveResultDelegate(ResultNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.notifyCollective((String) execution.getVariable("campaignId"),
                (String) execution.getVariable("collectiveCode"), (String) execution.getVariable("unitGroup"),
                (String) execution.getVariable("decidingGroup"));
    }
}
