package vn.partyreview.outstanding;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Ghi nhận đánh dấu tổ chức đảng tiêu biểu": runs in the starter's own call (no wait state before it), so the
 * mark records the signed-in starter as who, checked again against the records.
 */
@Component("recordOutstandingMark")
class RecordOutstandingMarkDelegate implements JavaDelegate {

    private final OutstandingMarks marks;
    private final IdentityService identityService;

    RecordOutstandingMarkDelegate(OutstandingMarks marks, IdentityService identityService) {
        this.marks = marks;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        marks.record((String) execution.getVariable(OutstandingMarkProcess.CAMPAIGN_ID),
                (String) execution.getVariable(OutstandingMarkProcess.ORG_CODE),
                Boolean.TRUE.equals(execution.getVariable(OutstandingMarkProcess.OUTSTANDING)),
                (String) execution.getVariable(OutstandingMarkProcess.REASONS),
                identityService.getCurrentAuthentication());
    }
}
