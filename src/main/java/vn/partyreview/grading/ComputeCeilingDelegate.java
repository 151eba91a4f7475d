package vn.partyreview.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.grading.rules.GradingResult;
import vn.partyreview.grading.rules.Reason;
import vn.partyreview.process.JsonVariables;

/**
 * Step "Tính mức tối đa": computes, from the records of the subject the caller named, whether it is graded and its
 * ceiling with the reasons, for the gateway and for the form to show.
 */
@Component("computeCeiling")
public class ComputeCeilingDelegate implements JavaDelegate {

    private final SubjectCeiling ceiling;
    private final ProcessJson json;

    ComputeCeilingDelegate(SubjectCeiling ceiling, ObjectMapper mapper) {
        this.ceiling = ceiling;
        this.json = new ProcessJson(new JsonVariables(mapper));
    }

    @Override
    public void execute(DelegateExecution execution) {
        GradingResult result = ceiling.evaluate((String) execution.getVariable(GradingDecisionProcess.CAMPAIGN_ID),
                (String) execution.getVariable(GradingDecisionProcess.SUBJECT_TYPE),
                (String) execution.getVariable(GradingDecisionProcess.SUBJECT_ID)).result();

        execution.setVariable(GradingDecisionProcess.GRADED, result.graded());
        execution.setVariable(GradingDecisionProcess.CEILING_LEVEL,
                result.maxLevel() == null ? null : result.maxLevel().name());
        execution.setVariable(GradingDecisionProcess.CEILING_REASONS,
                json.list(result.reasons().stream().map(Reason::message).toList()));
    }
}
