package vn.partyreview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;

/**
 * Step "Gửi kết quả lên cấp trên" of a leader whose post is managed above the root, outside the system: his result
 * shows as sent up (SPEC §12, §14), nobody inside decides it.
 */
@Component("recordLeaderSentUp")
class RecordLeaderSentUpDelegate implements JavaDelegate {

    private final ReviewRecords records;

    RecordLeaderSentUpDelegate(ReviewRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.recordLeaderSentUp((String) execution.getVariable(ProcessContract.CAMPAIGN_ID),
                (String) execution.getVariable(ProcessContract.LEADER_CODE), ClockUtil.getCurrentTime().toInstant());
    }
}
