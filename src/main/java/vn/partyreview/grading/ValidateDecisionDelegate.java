package vn.partyreview.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.Reason;
import vn.partyreview.process.JsonVariables;

/**
 * Step "Kiểm tra mức xếp loại": a decided level above the ceiling or beyond the quota group's 20% is sent back
 * to the deciding body with {@code decisionRejectedReasons}, through the BPMN error {@value #LEVEL_NOT_ALLOWED}.
 * Ceiling, rule set and quota group are computed again from the records here: a variable showing them to the
 * deciding body is never read back.
 */
@Component("validateDecision")
public class ValidateDecisionDelegate implements JavaDelegate {

    public static final String LEVEL_NOT_ALLOWED = "LEVEL_NOT_ALLOWED";

    private final SubjectCeiling ceiling;
    private final GradingService grading;
    private final DecidedLevels decidedLevels;
    private final ProcessJson json;

    ValidateDecisionDelegate(SubjectCeiling ceiling, GradingService grading, DecidedLevels decidedLevels,
                             ObjectMapper mapper) {
        this.ceiling = ceiling;
        this.grading = grading;
        this.decidedLevels = decidedLevels;
        this.json = new ProcessJson(new JsonVariables(mapper));
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Reason> problems = problems(execution);
        List<String> messages = problems.stream().map(Reason::message).toList();
        execution.setVariable(GradingDecisionProcess.REJECTED_REASONS, json.list(messages));
        if (!problems.isEmpty()) {
            throw new BpmnError(LEVEL_NOT_ALLOWED, String.join(" ", messages));
        }
    }

    private List<Reason> problems(DelegateExecution execution) {
        Level decided = levelOrNull(execution.getVariable(GradingDecisionProcess.DECIDED_LEVEL));
        if (decided == null) {
            String allowed = Arrays.stream(Level.values()).map(Level::label).collect(Collectors.joining(", "));
            return List.of(new Reason("DECISION-INVALID-LEVEL", "Phải chọn một trong các mức: " + allowed + "."));
        }
        String campaignId = (String) execution.getVariable(GradingDecisionProcess.CAMPAIGN_ID);
        SubjectCeiling.Evaluated evaluated = ceiling.evaluate(campaignId,
                (String) execution.getVariable(GradingDecisionProcess.SUBJECT_TYPE),
                (String) execution.getVariable(GradingDecisionProcess.SUBJECT_ID));
        return grading.decisionProblems(evaluated.subject().ruleSet(), decided, evaluated.result().maxLevel(),
                decidedLevels.levelsInGroup(campaignId, evaluated.subject().quotaGroup()));
    }

    private static Level levelOrNull(Object value) {
        return Arrays.stream(Level.values())
                .filter(level -> level.name().equals(value))
                .findFirst()
                .orElse(null);
    }
}
