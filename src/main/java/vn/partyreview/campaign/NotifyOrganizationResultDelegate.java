package vn.partyreview.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Thông báo kết quả": the organisation's committee and the committee that decided are told. */
@Component("notifyOrganizationResult")
public class NotifyOrganizationResultDelegate implements JavaDelegate {

    private final ResultNotifications notifications;

    public NotifyOrganizationResultDelegate(ResultNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.notifyOrganization((String) execution.getVariable("campaignId"),
                (String) execution.getVariable("orgCode"), (String) execution.getVariable("decidingGroup"));
    }
}
