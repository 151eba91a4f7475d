package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.partyreview.process.ProcessLists;
import vn.partyreview.support.ProcessJobs;
import vn.partyreview.support.LateReporting;

@Deployment(resources = "processes/leader-review.bpmn")
class LeaderReviewProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = LateReporting.engine();

    private final List<String> steps = new ArrayList<>();
    private String stubDeployment;

    /** The records: Hoàng Thị Phương Mai, Đảng ủy viên and Chủ tịch UB MTTQ phường, reviewed in both places. */
    public static class Reviews {
        public String userOf(String leaderCode) {
            return "user-" + leaderCode;
        }

        public String chairUser(String orgCode, String leaderCode, String placeCode) {
            return placeCode.equals(orgCode) ? "hungnv" : "deputy-of-" + placeCode;
        }
    }

    @BeforeEach
    void registerDelegates() {
        stubDeployment = LateReporting.prepare(engine, "2025-12-15T00:00:00+07:00");
        Mocks.register("leaderReviews", new Reviews());
        Mocks.register("loadLeaderReview", (JavaDelegate) execution -> {
            steps.add("loaded " + execution.getVariable("leaderCode"));
            execution.setVariable("reviewPlaceCodes", ProcessLists.of(List.of("DU-GIANGBIEN", "MTTQ-GIANGBIEN")));
        });
        Mocks.register("recordLeaderSelfAssessment", (JavaDelegate) execution ->
                steps.add("self-assessed " + execution.getVariable("proposedMemberLevel")));
    }

    @AfterEach
    void reset() {
        LateReporting.reset(stubDeployment);
    }

    @Test
    void theLeaderWritesMau02IsReviewedBeforeEachCollectiveHeLeadsInThenAssessesHimself() {
        ProcessInstance instance = start();

        assertThat(task("Task_WriteLeaderSelfReview", instance)).isAssignedTo("user-DV0014");
        complete(task("Task_WriteLeaderSelfReview", instance), withVariables("dutiesReport", "Chức trách"));
        runContinuations();

        // one review before each collective, each chaired from the records
        List<Task> meetings = taskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_RecordLeaderReviewMeeting").list();
        assertThat(meetings).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("hungnv", "deputy-of-MTTQ-GIANGBIEN");
        meetings.forEach(meeting -> complete(meeting, withVariables("chairConclusion", "Đạt")));
        runContinuations();

        assertThat(task("Task_LeaderSelfAssess", instance)).isAssignedTo("user-DV0014");
        complete(task("Task_LeaderSelfAssess", instance), withVariables("proposedMemberLevel", "HTTNV"));
        assertThat(instance).isEnded().hasPassed("EndEvent_LeaderReviewed").hasNotPassed("Call_EscalateReviewLate");
        assertThat(steps).containsExactly("loaded DV0014", "self-assessed HTTNV");
    }

    @Test
    void aReviewNotFinishedAtTheDeadlineIsReportedAndGoesOn() {
        ProcessInstance instance = start();
        complete(task("Task_WriteLeaderSelfReview", instance));
        runContinuations();
        taskQuery().processInstanceId(instance.getId()).list().forEach(meeting -> complete(meeting));
        runContinuations();

        execute(job("Timer_ReviewDeadline", instance));
        LateReporting.reported(instance, "LEADER", "DV0014", "DU-GIANGBIEN");
        complete(task("Task_LeaderSelfAssess", instance), withVariables("proposedMemberLevel", "HTNV"));

        assertThat(instance).isEnded().hasPassed("EndEvent_ReviewLateReported", "EndEvent_LeaderReviewed");
    }

    private static ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("leaderReview", Map.of(
                "campaignId", "1", "orgCode", "DU-GIANGBIEN", "leaderCode", "DV0014"));
        assertThat(instance).isWaitingAt("Task_LoadLeaderReview");
        runContinuations();
        return instance;
    }

    private static void runContinuations() {
        ProcessJobs.runContinuations(managementService());
    }
}
