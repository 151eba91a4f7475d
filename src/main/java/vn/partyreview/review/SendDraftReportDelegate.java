package vn.partyreview.review;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.partyreview.campaign.CampaignSchedule;

/** Step "Gửi dự thảo đến người dự hội nghị": the meeting may be held 3 working days later at the earliest. */
@Component("sendDraftReport")
class SendDraftReportDelegate implements JavaDelegate {

    private final CampaignSchedule schedule;

    public SendDraftReportDelegate(CampaignSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date sentAt = ClockUtil.getCurrentTime();
        execution.setVariable(CollectiveReviewProcess.DRAFT_SENT_AT, sentAt);
        execution.setVariable(CollectiveReviewProcess.DRAFT_DISCUSSABLE_AT, schedule.meetingNotBefore(sentAt));
    }
}
