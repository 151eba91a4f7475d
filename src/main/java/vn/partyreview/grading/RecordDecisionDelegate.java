package vn.partyreview.grading;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.partyreview.grading.DecisionSubjects.DecisionSubject;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;

/**
 * Step "Ghi nhận kết quả xếp loại": stores the decision just validated, in the quota group the records give. The
 * decider is the user who completed the decision task, or the deciding body when the engine runs without one.
 */
@Component("recordDecision")
public class RecordDecisionDelegate implements JavaDelegate {

    private final DecidedLevels decidedLevels;
    private final DecisionSubjects subjects;

    RecordDecisionDelegate(DecidedLevels decidedLevels, DecisionSubjects subjects) {
        this.decidedLevels = decidedLevels;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaignId = required(execution, GradingDecisionProcess.CAMPAIGN_ID);
        String subjectType = required(execution, GradingDecisionProcess.SUBJECT_TYPE);
        String subjectId = required(execution, GradingDecisionProcess.SUBJECT_ID);
        DecisionSubject subject = subjects.find(campaignId, subjectType, subjectId);
        decidedLevels.record(new DecisionRecord(
                campaignId,
                SubjectType.valueOf(subjectType),
                subjectId,
                subject.quotaGroup(),
                Level.valueOf(required(execution, GradingDecisionProcess.DECIDED_LEVEL)),
                decidedBy(execution, subject),
                ClockUtil.getCurrentTime().toInstant(),
                (String) execution.getVariable(GradingDecisionProcess.RATIONALE)));
    }

    private static String decidedBy(DelegateExecution execution, DecisionSubject subject) {
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return user != null ? user.getUserId() : subject.decidingGroup();
    }

    private static String required(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalStateException("Thiếu biến quy trình \"" + name + "\"");
        }
        return text;
    }
}
