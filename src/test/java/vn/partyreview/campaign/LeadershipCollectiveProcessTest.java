package vn.partyreview.campaign;

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
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.partyreview.support.ProcessTestBusinessKeys;

@Deployment(resources = "processes/leadership-collective.bpmn")
class LeadershipCollectiveProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .excludeProcessDefinitionKeys("latenessEscalation")
            .assertClassCoverageAtLeast(0.9).build();

    private final List<String> steps = new ArrayList<>();
    private final List<String> stubDeployments = new ArrayList<>();
    private final DecisionRequestsStub requests = new DecisionRequestsStub();

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ProcessTestBusinessKeys.register();
        Mocks.register("campaignSchedule", new FixedSchedule("2025-12-15T00:00:00+07:00"));
        Mocks.register("campaignSubjects", new StoredGradingInput());
        Mocks.register("decisionRequests", requests);
        Mocks.register("loadCollective", (JavaDelegate) execution -> {
            steps.add("loaded " + execution.getVariable("collectiveCode"));
        });
        Mocks.register("assignments", TestAssignments.answering(Map.of("headUserId", "dungpv")));
        Mocks.register("recordCollectiveSelfAssessment", (JavaDelegate) execution ->
                steps.add("self-assessment " + execution.getVariable("proposedLevel")));
        Mocks.register("notifyCollectiveResult", (JavaDelegate) execution -> steps.add("notified"));
        stubDeployments.add(CalledProcessStub.deploy(repositoryService(), "latenessEscalation"));
    }

    @AfterEach
    void reset() {
        stubDeployments.forEach(id -> repositoryService().deleteDeployment(id, true));
        Mocks.reset();
    }

    @Test
    void theHeadSelfAssessesThenTheCommitteeOfTheLevelDecidesAndTheResultIsNotified() {
        ProcessInstance instance = start();

        assertThat(task(instance)).hasDefinitionKey("Task_SelfAssessCollective").isAssignedTo("dungpv");
        complete(task(instance), withVariables("proposedLevel", "HTTNV"));
        assertThat(steps).containsExactly("loaded LD-UBND-GIANGBIEN", "self-assessment HTTNV");

        assertThat(instance).isWaitingAt("Task_AwaitDecision");
        assertThat(requests.calls).containsExactly("asked LEADERSHIP_COLLECTIVE LD-UBND-GIANGBIEN");
        DecisionRequestsStub.answer(instance);

        assertThat(instance).isEnded().hasPassed("Task_NotifyCollectiveResult", "EndEvent_CollectiveGraded")
                .hasNotPassed("Call_EscalateGradingLate");
        assertThat(steps).endsWith("notified");
    }

    @Test
    void aDecisionStillPendingAtTheDeadlineIsReportedAndTheDecisionGoesOn() {
        ProcessInstance instance = start();
        complete(task(instance), withVariables("proposedLevel", "HTNV"));

        execute(job("Timer_GradingDeadline", instance));

        assertThat(instance).isWaitingAt("Task_AwaitDecision", "Call_EscalateGradingLate");
        assertThat(requests.calls).endsWith("convened due");
        ProcessInstance escalation = calledProcessInstance("latenessEscalation", instance);
        assertThat(runtimeService().getVariables(escalation.getId())).containsAllEntriesOf(Map.of(
                "lateSubjectType", "LEADERSHIP_COLLECTIVE", "lateSubjectCode", "LD-UBND-GIANGBIEN",
                "orgCode", "DU-GIANGBIEN"));
        complete(task(CalledProcessStub.TASK, escalation));
        DecisionRequestsStub.answer(instance);

        assertThat(instance).isEnded().hasPassed("EndEvent_GradingLateReported", "EndEvent_CollectiveGraded");
    }

    private static ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("leadershipCollective", Map.of(
                "campaignId", "1", "orgCode", "DU-GIANGBIEN", "collectiveCode", "LD-UBND-GIANGBIEN"));
        assertThat(instance).isWaitingAt("Task_LoadCollective");
        execute(job("Task_LoadCollective", instance));
        return instance;
    }
}
