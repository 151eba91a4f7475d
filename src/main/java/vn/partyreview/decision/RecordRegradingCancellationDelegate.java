package vn.partyreview.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Ghi nhận hủy kết quả và lý do" of a re-grading, checked again against the records: a refusal (a start that
 * bypassed the form's guard) stops the start with the engine's 400, and nothing is cancelled.
 */
@Component("recordRegradingCancellation")
class RecordRegradingCancellationDelegate implements JavaDelegate {

    private final Regradings regradings;

    RecordRegradingCancellationDelegate(Regradings regradings) {
        this.regradings = regradings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        regradings.cancel((String) execution.getVariable(RegradingProcess.CAMPAIGN_ID),
                (String) execution.getVariable(RegradingProcess.SUBJECT_TYPE),
                (String) execution.getVariable(RegradingProcess.SUBJECT_CODE),
                (String) execution.getVariable(RegradingProcess.REASONS));
    }
}
