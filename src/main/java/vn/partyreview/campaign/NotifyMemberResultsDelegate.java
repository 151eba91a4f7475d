package vn.partyreview.campaign;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Thông báo kết quả cho đảng viên": each decided member and the cell committee are told. */
@Component("notifyMemberResults")
public class NotifyMemberResultsDelegate implements JavaDelegate {

    private final ResultNotifications notifications;

    public NotifyMemberResultsDelegate(ResultNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        notifications.notifyMembers((String) execution.getVariable("campaignId"),
                (List<String>) execution.getVariable("gradedMemberCodes"),
                (String) execution.getVariable("committeeGroup"));
    }
}
