package vn.partyreview.campaign;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.partyreview.decision.DecisionSessionProcess;

/**
 * Stands in for the bean {@code decisionRequests} in plain-engine tests: records what a model asks for, and answers
 * it as a group's session would once it has decided.
 */
public class DecisionRequestsStub {

    final List<String> calls = new ArrayList<>();

    public void request(DelegateExecution execution, String subjectType, String subjectCode) {
        calls.add("asked " + subjectType + " " + subjectCode);
    }

    public void requestFor(DelegateExecution execution, String subjectType, String unitCode, Object subjectIds) {
        calls.add("asked " + subjectType + " " + unitCode + " " + subjectIds);
    }

    public void conveneDue(DelegateExecution execution) {
        calls.add("convened due");
    }

    /** The group's session has decided: the waiting process goes on after its own transaction. */
    static void answer(ProcessInstance instance) {
        runtimeService().createMessageCorrelation(DecisionSessionProcess.DECIDED_MESSAGE)
                .processInstanceId(instance.getId()).correlate();
        execute(job("Task_AwaitDecision", instance));
    }
}
