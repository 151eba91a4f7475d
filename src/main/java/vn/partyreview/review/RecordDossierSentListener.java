package vn.partyreview.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;

/** On completing "Gửi kết quả, hồ sơ về cấp trên": the organisation now waits for the committee above (SPEC §12). */
@Component("recordDossierSent")
class RecordDossierSentListener implements TaskListener {

    private final ReviewRecords records;

    RecordDossierSentListener(ReviewRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        records.recordDossierSent((String) task.getVariable(ProcessContract.CAMPAIGN_ID),
                (String) task.getVariable(ProcessContract.ORG_CODE), ClockUtil.getCurrentTime().toInstant());
    }
}
