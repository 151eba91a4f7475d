package vn.partyreview.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.ServiceTaskBuilder;
import vn.partyreview.decision.DecisionSessionProcess;

/**
 * The demo ward's seven cells asking the ward committee for their members' decisions, each as a small unit process
 * that does what the party-cell model does: put its members on the list, wait for the answer, convene at its deadline.
 * For the tests of how the sessions of one group are convened.
 */
public final class DecisionGroupCells {

    public static final List<String> CELLS = List.of(
            "CB-CQ", "CB-TDP01", "CB-TDP02", "CB-TDP03", "CB-THCS", "CB-SONGDUONG", "CB-CAP");

    private final String unit;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    public DecisionGroupCells(String unit, RuntimeService runtimeService, ManagementService managementService) {
        this.unit = unit;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    /** Deploys the unit once; {@code asyncAsking}: a continuation puts the members on the list, as on a job executor. */
    public void deploy(RepositoryService repositoryService, boolean asyncAsking) {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(unit).count() > 0) {
            return;
        }
        ServiceTaskBuilder asking = Bpmn.createExecutableProcess(unit).camundaHistoryTimeToLive(1).startEvent()
                .serviceTask("Task_RequestDecision");
        if (asyncAsking) {
            asking = asking.camundaAsyncBefore();
        }
        repositoryService.createDeployment().addModelInstance(unit + ".bpmn", asking
                .camundaExpression("${decisionRequests.requestFor(execution, 'MEMBER', orgCode, members)}")
                .receiveTask("Task_AwaitDecision").message(DecisionSessionProcess.DECIDED_MESSAGE)
                .endEvent("EndEvent_Decided").moveToActivity("Task_AwaitDecision")
                .boundaryEvent("Timer_DecisionDeadline").cancelActivity(false).timerWithDate("2020-12-15T00:00:00Z")
                .serviceTask("Task_ConveneDue").camundaExpression("${decisionRequests.conveneDue(execution)}")
                .endEvent().done()).deploy();
    }

    public ProcessInstance start(String campaignId, String cell) {
        return runtimeService.startProcessInstanceByKey(unit, cell, Map.of(
                DecisionSessionProcess.CAMPAIGN_ID, campaignId, "orgCode", cell,
                "members", "[\"" + memberOf(cell) + "\"]"));
    }

    /** A stand-in member code per cell: convening reads only the list, never the members' records. */
    public String memberOf(String cell) {
        return "DV-" + cell;
    }

    public List<ProcessInstance> sessionsOf(String campaignId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(DecisionSessionProcess.PROCESS_KEY)
                .variableValueEquals(DecisionSessionProcess.CAMPAIGN_ID, campaignId).list();
    }

    @SuppressWarnings("unchecked")
    public Set<String> subjectsOf(ProcessInstance session) throws Exception {
        return new TreeSet<>(new ObjectMapper().readValue(runtimeService.getVariable(session.getId(),
                DecisionSessionProcess.SUBJECT_IDS).toString(), List.class));
    }

    public Job timerOf(ProcessInstance cell) {
        return managementService.createJobQuery().processInstanceId(cell.getId()).timers().singleResult();
    }

    public boolean isWaiting(ProcessInstance cell) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(cell.getId())
                .activityIdIn("Task_AwaitDecision").count() == 1;
    }

    /** The session decided (its ballot and confirmation are tested elsewhere): its release is next. */
    public String releaseJobOf(ProcessInstance session) {
        runtimeService.createProcessInstanceModification(session.getId()).cancelAllForActivity("Task_PrepareList")
                .startBeforeActivity("Task_ReleaseRequests").execute();
        return managementService.createJobQuery().processInstanceId(session.getId())
                .activityId("Task_ReleaseRequests").singleResult().getId();
    }
}
