package vn.partyreview.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.grading.rules.GradingResult;
import vn.partyreview.grading.rules.Reason;
import vn.partyreview.process.JsonVariables;

/**
 * Step "Tính mức tối đa": reads {@code ruleSet}, {@code subjectType}, {@code criteria} and {@code facts}
 * (JSON as in the grading API) and writes {@code graded}, {@code ceilingLevel} and {@code ceilingReasons}.
 */
@Component("computeCeiling")
public class ComputeCeilingDelegate implements JavaDelegate {

    private final GradingService grading;
    private final GradingInputReader input;
    private final ObjectMapper mapper;
    private final ProcessJson json;

    public ComputeCeilingDelegate(GradingService grading, GradingInputReader input, ObjectMapper mapper) {
        this.grading = grading;
        this.input = input;
        this.mapper = mapper;
        this.json = new ProcessJson(new JsonVariables(mapper));
    }

    @Override
    public void execute(DelegateExecution execution) {
        ObjectNode body = mapper.createObjectNode();
        body.put("ruleSet", (String) execution.getVariable("ruleSet"));
        body.put("subjectType", (String) execution.getVariable("subjectType"));
        body.set("criteria", json.tree(execution.getVariable("criteria")));
        body.set("facts", json.tree(execution.getVariable("facts")));
        EvaluateRequest request = input.read(body, EvaluateRequest.class);

        GradingResult result = grading.evaluate(request.ruleSet(), request.toSubject());

        execution.setVariable("graded", result.graded());
        execution.setVariable("ceilingLevel", result.maxLevel() == null ? null : result.maxLevel().name());
        execution.setVariable("ceilingReasons", json.list(result.reasons().stream().map(Reason::message).toList()));
    }
}
