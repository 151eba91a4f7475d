package vn.partyreview.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.partyreview.grading.rules.SubjectType;

/** Step "Ghi nhận chậm tiến độ": the missed deadline goes on the subject's record. */
@Component("recordLateness")
public class RecordLatenessDelegate implements JavaDelegate {

    private final SubjectLatenessRepository lateness;

    public RecordLatenessDelegate(SubjectLatenessRepository lateness) {
        this.lateness = lateness;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lateness.save(new SubjectLateness((String) execution.getVariable("campaignId"),
                SubjectType.valueOf((String) execution.getVariable("lateSubjectType")),
                (String) execution.getVariable("lateSubjectCode"), (String) execution.getVariable("lateStage"),
                (String) execution.getVariable("supervisorGroup"), ClockUtil.getCurrentTime().toInstant()));
    }
}
