package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.partyreview.support.LateReporting;

@Deployment(resources = "processes/leader.bpmn")
class LeaderProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = LateReporting.engine();

    private final List<String> steps = new ArrayList<>();
    private String stubDeployment;
    private final DecisionRequestsStub requests = new DecisionRequestsStub();
    private final Map<String, Object> records = new HashMap<>();

    @BeforeEach
    void registerDelegates() {
        stubDeployment = LateReporting.prepare(engine, "2025-12-15T00:00:00+07:00");
        Mocks.register("campaignSubjects", new StoredGradingInput());
        Mocks.register("decisionRequests", requests);
        Mocks.register("loadLeader", (JavaDelegate) execution -> {
            steps.add("loaded " + execution.getVariable("leaderCode"));
        });
        Mocks.register("notifyLeaderResult", (JavaDelegate) execution -> steps.add("notified"));
        Mocks.register("recordLeaderSentUp", (JavaDelegate) execution ->
                steps.add("sent up " + execution.getVariable("leaderCode")));
        Mocks.register("assignments", TestAssignments.answering(records));
    }

    @AfterEach
    void reset() {
        LateReporting.reset(stubDeployment);
    }

    @Test
    void theCommitteeOfTheLevelDecidesAsALeaderThenTheLeaderIsNotified() {
        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt("Task_AwaitDecision").hasPassed("Gateway_DecidedInSystem")
                .hasNotPassed("Task_RecordSentUp");
        assertThat(requests.calls).containsExactly("asked LEADER DV0012");
        DecisionRequestsStub.answer(instance);

        assertThat(instance).isEnded().hasPassed("Task_NotifyLeaderResult", "EndEvent_LeaderGraded")
                .hasNotPassed("Call_EscalateGradingLate");
        assertThat(steps).containsExactly("loaded DV0012", "notified");
    }

    /**
     * The district's Bí thư, managed by BTV Thành ủy outside the system [H C.4]: his self-grading goes up, nobody
     * inside is asked to decide, and the grading deadline has nothing left to wait for.
     */
    @Test
    void aLeaderManagedAboveTheRootIsSentUpWithoutADecisionSession() {
        records.put("leaderSentUp", true);
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("leader", Map.of(
                "campaignId", "1", "orgCode", "QU-LONGBIEN", "leaderCode", "DV0080"));
        execute(job("Task_LoadLeader", instance));

        assertThat(instance).isEnded().hasPassed("Gateway_DecidedInSystem", "Task_RecordSentUp",
                "EndEvent_SentToSuperior").hasNotPassed("Task_RequestDecision", "Task_AwaitDecision");
        assertThat(requests.calls).isEmpty();
        assertThat(steps).containsExactly("loaded DV0080", "sent up DV0080");
    }

    @Test
    void aDecisionStillPendingAtTheDeadlineIsReportedAndTheDecisionGoesOn() {
        ProcessInstance instance = start();

        execute(job("Timer_GradingDeadline", instance));
        assertThat(requests.calls).containsExactly("asked LEADER DV0012", "convened due");

        LateReporting.reported(instance, "LEADER", "DV0012", "DU-GIANGBIEN");
        DecisionRequestsStub.answer(instance);

        assertThat(instance).isEnded().hasPassed("EndEvent_GradingLateReported", "EndEvent_LeaderGraded");
    }

    private static ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("leader", Map.of(
                "campaignId", "1", "orgCode", "DU-GIANGBIEN", "leaderCode", "DV0012"));
        assertThat(instance).isWaitingAt("Task_LoadLeader");
        execute(job("Task_LoadLeader", instance));
        return instance;
    }
}
