package vn.partyreview.grading;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;

/**
 * Step "Ghi nhận kết quả xếp loại": stores the validated decision with its rationale. The decider is the user who
 * completed the decision task, or the {@code decidedBy} variable when the engine runs without a signed-in user.
 */
@Component("recordDecision")
public class RecordDecisionDelegate implements JavaDelegate {

    private final DecidedLevels decidedLevels;

    public RecordDecisionDelegate(DecidedLevels decidedLevels) {
        this.decidedLevels = decidedLevels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decidedLevels.record(new DecisionRecord(
                required(execution, "campaignId"),
                SubjectType.valueOf(required(execution, "subjectType")),
                required(execution, "subjectId"),
                (String) execution.getVariable("quotaGroup"),
                Level.valueOf(required(execution, "decidedLevel")),
                decidedBy(execution),
                ClockUtil.getCurrentTime().toInstant(),
                (String) execution.getVariable("decisionRationale")));
    }

    private static String decidedBy(DelegateExecution execution) {
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return user != null ? user.getUserId() : required(execution, "decidedBy");
    }

    private static String required(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalStateException("Thiếu biến quy trình \"" + name + "\"");
        }
        return text;
    }
}
