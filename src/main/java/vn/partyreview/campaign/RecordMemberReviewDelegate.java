package vn.partyreview.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Ghi nhận kết quả kiểm điểm": stores the member's Mẫu 02 ratings and levels, the civil-servant level and
 * the cell committee's proposal on the member, for the ballot and the decision.
 */
@Component("recordMemberReview")
public class RecordMemberReviewDelegate implements JavaDelegate {

    private final CampaignSubjects subjects;
    private final CampaignService campaigns;

    public RecordMemberReviewDelegate(CampaignSubjects subjects, CampaignService campaigns) {
        this.subjects = subjects;
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaignId = (String) execution.getVariable("campaignId");
        subjects.recordMemberReview(campaignId, (String) execution.getVariable("memberCode"),
                (Boolean) execution.getVariable("graded"), campaigns.gradingDay(campaignId), execution::getVariable);
    }
}
