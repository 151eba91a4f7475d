package vn.partyreview.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The session's paths, its steps standing in: the real steps are tested against the records in DecisionSessionTest. */
@Deployment(resources = "processes/decision-session.bpmn")
class DecisionSessionProcessTest {

    private static final String STUB_TASK = "Task_Stub";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .excludeProcessDefinitionKeys("secretBallot")
            .assertClassCoverageAtLeast(0.9).build();

    private final List<String> steps = new ArrayList<>();
    private String stubDeployment;
    private boolean subjects = true;
    private final List<Boolean> held = new ArrayList<>();
    private final List<Boolean> confirmable = new ArrayList<>();

    /** Stands in for the body's group from the records: the candidate group of the chair's task. */
    public static class Bodies {
        public String group(String campaignId, String subjectType, Object subjectIds) {
            return "DU-GIANGBIEN.committee";
        }
    }

    /** Stands in for the convening of sessions: records that the waiting units are answered. */
    public class Requests {
        public void release(DelegateExecution execution) {
            steps.add("released");
        }
    }

    @BeforeEach
    void registerSteps() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("decisionBodies", new Bodies());
        Mocks.register("decisionRequests", new Requests());
        Mocks.register("prepareDecisionSession", (JavaDelegate) execution -> {
            steps.add("list prepared");
            execution.setVariable("decisionHasSubjects", subjects);
            execution.setVariable("ballotTitle", "Xét, quyết định xếp loại chất lượng đảng viên");
            execution.setVariable("ballotSubjects", "[{\"id\": \"DV0020\", \"name\": \"Nguyễn Văn Bình\"}]");
            execution.setVariable("ballotVoters", "[\"hungnv\", \"loint\"]");
            execution.setVariable("ballotDeadline", "2025-12-20T17:00:00+07:00");
        });
        Mocks.register("countDecisionSession", (JavaDelegate) execution -> {
            steps.add("counted " + execution.getVariable("ballotSessionId"));
            execution.setVariable("decisionSessionHeld", held.remove(0));
        });
        Mocks.register("confirmDecisionSession", (JavaDelegate) execution -> {
            steps.add("confirm");
            if (!confirmable.remove(0)) {
                throw new BpmnError("DECISION_NOT_CONFIRMED", "Còn đối tượng chưa được quyết định");
            }
        });
        stubDeployment = repositoryService().createDeployment().addModelInstance("secret-ballot-stub.bpmn",
                Bpmn.createExecutableProcess("secretBallot").camundaHistoryTimeToLive(1).startEvent()
                        .userTask(STUB_TASK).camundaCandidateGroups("${ballotChairGroup}").endEvent().done())
                .deploy().getId();
    }

    @AfterEach
    void reset() {
        repositoryService().deleteDeployment(stubDeployment, true);
        Mocks.reset();
    }

    @Test
    void theBodyVotesOnceOverTheListThenTheChairConfirmsAndEveryoneIsRecorded() {
        held.add(true);
        confirmable.add(true);
        ProcessInstance instance = start();

        ProcessInstance ballot = calledProcessInstance("secretBallot", instance);
        assertThat(runtimeService().getVariables(ballot.getId())).containsAllEntriesOf(Map.of(
                "organizationCode", "CB-TDP01", "ballotChairGroup", "DU-GIANGBIEN.committee",
                "ballotDeadline", "2025-12-20T17:00:00+07:00",
                "ballotTitle", "Xét, quyết định xếp loại chất lượng đảng viên"));
        assertThat(task(ballot)).hasCandidateGroup("DU-GIANGBIEN.committee");
        complete(task(ballot), withVariables("ballotSessionId", "S1", "ballotResult", "{}"));

        assertThat(instance).isWaitingAt("Task_ConfirmDecisions");
        assertThat(task(instance)).hasCandidateGroup("DU-GIANGBIEN.committee");
        complete(task(instance));
        // the waiting units are answered after the chair's transaction
        assertThat(instance).isWaitingAt("Task_ReleaseRequests");
        execute(job(instance));
        assertThat(instance).isEnded().hasPassed("EndEvent_Decided");
        assertThat(steps).containsExactly("list prepared", "counted S1", "confirm", "released");
    }

    @Test
    void aBallotWithoutTheMinimumAttendanceIsHeldAgainAndAnIncompleteAnswerGoesBackToTheChair() {
        held.addAll(List.of(false, true));
        confirmable.addAll(List.of(false, true));
        ProcessInstance instance = start();

        complete(task(calledProcessInstance("secretBallot", instance)), withVariables("ballotSessionId", "S1"));
        ProcessInstance again = calledProcessInstance("secretBallot", instance);
        complete(task(again), withVariables("ballotSessionId", "S2"));
        complete(task(instance));
        assertThat(instance).isWaitingAt("Task_ConfirmDecisions");
        complete(task(instance));
        execute(job(instance));

        assertThat(instance).isEnded().hasPassed("Event_NotConfirmed", "EndEvent_Decided");
        assertThat(steps).containsExactly("list prepared", "counted S1", "counted S2", "confirm", "confirm",
                "released");
    }

    @Test
    void aGroupWithNobodyToGradeIsAnsweredWithoutASession() {
        subjects = false;
        ProcessInstance instance = start();
        execute(job(instance));

        assertThat(instance).isEnded().hasPassed("Task_ReleaseRequests").hasNotPassed("Call_SecretBallot");
        assertThat(steps).containsExactly("list prepared", "released");
    }

    private static ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("decisionSession", Map.of(
                "campaignId", "1", "orgCode", "CB-TDP01", "subjectType", "MEMBER",
                "decisionSubjectIds", "[\"DV0020\", \"DV0023\"]"));
        // the list is prepared after the caller's transaction
        execute(job(instance));
        return instance;
    }
}
