package vn.partyreview.results;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.subjects.ReviewAssignments;

/** Step "Thông báo kết quả": the organisation's committee and the committee that decided are told. */
@Component("notifyOrganizationResult")
class NotifyOrganizationResultDelegate implements JavaDelegate {

    private final ResultNotifications notifications;
    private final ReviewAssignments review;

    public NotifyOrganizationResultDelegate(ResultNotifications notifications, ReviewAssignments review) {
        this.review = review;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orgCode = (String) execution.getVariable(ProcessContract.ORG_CODE);
        notifications.notifyOrganization((String) execution.getVariable(ProcessContract.CAMPAIGN_ID), orgCode,
                review.decidingGroup(orgCode));
    }
}
