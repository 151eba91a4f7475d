package vn.partyreview.results;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.review.CellMembersRoundProcess;
import vn.partyreview.subjects.TaskAssignments;

/** Step "Thông báo kết quả cho đảng viên": each decided member and the cell committee are told. */
@Component("notifyMemberResults")
class NotifyMemberResultsDelegate implements JavaDelegate {

    private final ResultNotifications notifications;
    private final TaskAssignments assignments;

    public NotifyMemberResultsDelegate(ResultNotifications notifications, TaskAssignments assignments) {
        this.assignments = assignments;
        this.notifications = notifications;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        notifications.notifyMembers((String) execution.getVariable(ProcessContract.CAMPAIGN_ID),
                (List<String>) execution.getVariable(CellMembersRoundProcess.GRADED_MEMBER_CODES),
                assignments.committeeGroup((String) execution.getVariable(ProcessContract.ORG_CODE)));
    }
}
