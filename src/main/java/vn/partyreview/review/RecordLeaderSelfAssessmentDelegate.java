package vn.partyreview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;

/** Step "Ghi nhận kết quả tự đánh giá" of a leader: his Mẫu 02 ratings and level, on the office held. */
@Component("recordLeaderSelfAssessment")
class RecordLeaderSelfAssessmentDelegate implements JavaDelegate {

    private final ReviewRecords records;

    public RecordLeaderSelfAssessmentDelegate(ReviewRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.recordLeaderSelfAssessment((String) execution.getVariable(ProcessContract.CAMPAIGN_ID),
                (String) execution.getVariable(ProcessContract.LEADER_CODE),
                (String) execution.getVariable(ProcessContract.ORG_CODE), execution::getVariable);
    }
}
