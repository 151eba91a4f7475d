package vn.partyreview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.grading.rules.SubjectType;

/** Step "Ghi nhận kết quả tự đánh giá" of a leadership collective: its Mẫu 01 ratings and proposed level. */
@Component("recordCollectiveSelfAssessment")
class RecordCollectiveSelfAssessmentDelegate implements JavaDelegate {

    private final ReviewRecords records;

    public RecordCollectiveSelfAssessmentDelegate(ReviewRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.recordCollectiveSelfAssessment((String) execution.getVariable(ProcessContract.CAMPAIGN_ID),
                SubjectType.LEADERSHIP_COLLECTIVE, (String) execution.getVariable(ProcessContract.COLLECTIVE_CODE),
                execution::getVariable);
    }
}
