package vn.partyreview.results;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.subjects.TaskAssignments;

/** Step "Ghi nhận chậm tiến độ": the missed deadline goes on the subject's record. */
@Component("recordLateness")
class RecordLatenessDelegate implements JavaDelegate {

    private final SubjectLatenessRepository lateness;
    private final TaskAssignments assignments;

    public RecordLatenessDelegate(SubjectLatenessRepository lateness, TaskAssignments assignments) {
        this.assignments = assignments;
        this.lateness = lateness;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String subjectType = (String) execution.getVariable(LatenessEscalationProcess.LATE_SUBJECT_TYPE);
        lateness.save(new SubjectLateness((String) execution.getVariable(ProcessContract.CAMPAIGN_ID),
                SubjectType.valueOf(subjectType),
                (String) execution.getVariable(LatenessEscalationProcess.LATE_SUBJECT_CODE),
                (String) execution.getVariable(LatenessEscalationProcess.LATE_STAGE),
                assignments.lateFollowUpGroup(subjectType, (String) execution.getVariable(ProcessContract.ORG_CODE)),
                ClockUtil.getCurrentTime().toInstant()));
    }
}
