package vn.partyreview.results;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.subjects.LeadershipAssignments;

/** Step "Thông báo kết quả" of a leader: the leader and the committee that decided are told. */
@Component("notifyLeaderResult")
class NotifyLeaderResultDelegate implements JavaDelegate {

    private final ResultNotifications notifications;
    private final LeadershipAssignments leadership;

    public NotifyLeaderResultDelegate(ResultNotifications notifications, LeadershipAssignments leadership) {
        this.leadership = leadership;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String leaderCode = (String) execution.getVariable(ProcessContract.LEADER_CODE);
        notifications.notifyLeader((String) execution.getVariable(ProcessContract.CAMPAIGN_ID), leaderCode,
                leadership.forLeader((String) execution.getVariable(ProcessContract.ORG_CODE), leaderCode)
                        .decidingGroup());
    }
}
