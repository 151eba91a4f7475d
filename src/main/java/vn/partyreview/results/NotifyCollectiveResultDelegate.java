package vn.partyreview.results;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.subjects.LeadershipAssignments;

/** Step "Thông báo kết quả" of a leadership collective: its unit and the committee that decided are told. */
@Component("notifyCollectiveResult")
class NotifyCollectiveResultDelegate implements JavaDelegate {

    private final ResultNotifications notifications;
    private final LeadershipAssignments leadership;

    public NotifyCollectiveResultDelegate(ResultNotifications notifications, LeadershipAssignments leadership) {
        this.leadership = leadership;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String collectiveCode = (String) execution.getVariable(ProcessContract.COLLECTIVE_CODE);
        LeadershipAssignments.CollectiveAssignment collective = leadership.forCollective(collectiveCode,
                (String) execution.getVariable(ProcessContract.ORG_CODE));
        notifications.notifyCollective((String) execution.getVariable(ProcessContract.CAMPAIGN_ID), collectiveCode,
                collective.unitGroup(), collective.decidingGroup());
    }
}
