package vn.partyreview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;

/** Step "Ghi nhận kết quả tự đánh giá": stores the organisation's Mẫu 01 ratings and proposed level. */
@Component("recordOrganizationSelfAssessment")
class RecordOrganizationSelfAssessmentDelegate implements JavaDelegate {

    private final ReviewRecords records;

    public RecordOrganizationSelfAssessmentDelegate(ReviewRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.recordOrganizationSelfAssessment((String) execution.getVariable(ProcessContract.CAMPAIGN_ID),
                (String) execution.getVariable(ProcessContract.ORG_CODE), execution::getVariable);
    }
}
