package vn.partyreview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.subjects.CampaignSubjects;

/** Step "Ghi nhận kết quả tự đánh giá": stores the organisation's Mẫu 01 ratings and proposed level. */
@Component("recordOrganizationSelfAssessment")
public class RecordOrganizationSelfAssessmentDelegate implements JavaDelegate {

    private final CampaignSubjects subjects;

    public RecordOrganizationSelfAssessmentDelegate(CampaignSubjects subjects) {
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        subjects.recordOrganizationSelfAssessment((String) execution.getVariable(ProcessContract.CAMPAIGN_ID),
                (String) execution.getVariable(ProcessContract.ORG_CODE), execution::getVariable);
    }
}
