package vn.partyreview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.campaign.CampaignService;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.subjects.TaskAssignments;

/**
 * Step "Ghi nhận kết quả kiểm điểm": stores the member's Mẫu 02 ratings and levels, the civil-servant level and
 * the cell committee's proposal on the member, for the ballot and the decision.
 */
@Component("recordMemberReview")
class RecordMemberReviewDelegate implements JavaDelegate {

    private final ReviewRecords records;
    private final CampaignService campaigns;
    private final TaskAssignments assignments;

    public RecordMemberReviewDelegate(ReviewRecords records, CampaignService campaigns,
                                      TaskAssignments assignments) {
        this.assignments = assignments;
        this.records = records;
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaignId = (String) execution.getVariable(ProcessContract.CAMPAIGN_ID);
        String memberCode = (String) execution.getVariable(ProcessContract.MEMBER_CODE);
        records.recordMemberReview(campaignId, memberCode, assignments.graded(campaignId, memberCode),
                campaigns.gradingDay(campaignId), execution::getVariable);
    }
}
