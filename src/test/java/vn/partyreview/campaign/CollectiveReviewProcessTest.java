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
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.partyreview.review.ReviewSubject;
import vn.partyreview.subjects.TaskAssignments;
import vn.partyreview.support.ProcessTestBusinessKeys;

@Deployment(resources = "processes/collective-review.bpmn")
class CollectiveReviewProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .excludeProcessDefinitionKeys("latenessEscalation")
            .assertClassCoverageAtLeast(0.9).build();

    private static final String MEETING_NOT_BEFORE = "2025-12-04T00:00:00+07:00";
    private static final String DEADLINE = "2025-12-15T00:00:00+07:00";

    private String stubDeployment;

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2025-12-01T09:00:00+07:00").toInstant()));
        ProcessTestBusinessKeys.register();
        Mocks.register("campaignSchedule", new FixedSchedule(DEADLINE));
        TaskAssignments assignments = TestAssignments.answering(Map.of("headUserId", "binhnv",
                "inspectionGroup", "DU-GIANGBIEN.inspection"));
        when(assignments.collectiveHead("BTT-MTTQ-GIANGBIEN", "DU-GIANGBIEN")).thenReturn("maihtp");
        when(assignments.collectiveInspectionGroup("BTT-MTTQ-GIANGBIEN")).thenReturn("DU-GIANGBIEN.inspection");
        Mocks.register("assignments", assignments);
        Mocks.register("reviewSubject", new ReviewSubject(assignments, (BusinessKeys) Mocks.get("businessKeys")));
        Mocks.register("sendDraftReport",
                (JavaDelegate) execution -> execution.setVariable("draftDiscussableAt", MEETING_NOT_BEFORE));
        stubDeployment = CalledProcessStub.deploy(repositoryService(), "latenessEscalation");
    }

    @AfterEach
    void reset() {
        repositoryService().deleteDeployment(stubDeployment, true);
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void theMeetingWaitsForTheDraftToBeCirculatedThreeWorkingDaysAndForTheInDepthSuggestions() {
        ProcessInstance instance = start();

        assertThat(task("Task_DraftCollectiveReport", instance)).isAssignedTo("binhnv");
        assertThat(task("Task_SuggestInDepthReview", instance)).hasCandidateGroup("DU-GIANGBIEN.inspection");
        complete(task("Task_DraftCollectiveReport", instance), withVariables("proposedLevel", "HTTNV"));
        assertThat(instance).isWaitingAt("Timer_DraftCirculated", "Task_SuggestInDepthReview");
        assertThat(job("Timer_DraftCirculated", instance).getDuedate())
                .isEqualTo(Date.from(OffsetDateTime.parse(MEETING_NOT_BEFORE).toInstant()));

        complete(task("Task_SuggestInDepthReview", instance), withVariables("hasInDepthSuggestions", false));
        assertThat(instance).isNotWaitingAt("Task_RecordReviewMeeting");
        execute(job("Timer_DraftCirculated", instance));

        assertThat(task(instance)).hasDefinitionKey("Task_RecordReviewMeeting").isAssignedTo("binhnv");
        complete(task(instance));
        assertThat(instance).isWaitingAt("Task_RecordReviewMeeting");
        execute(job(instance));
        assertThat(instance).isEnded().hasPassed("EndEvent_Reviewed").hasNotPassed("Call_EscalateReviewLate");
    }

    @Test
    void aMeetingStillNotRecordedAtTheDeadlineIsReportedToTheSupervisorsAboveAndCanStillBeRecorded() {
        ProcessInstance instance = start();
        complete(task("Task_DraftCollectiveReport", instance));
        complete(task("Task_SuggestInDepthReview", instance));
        execute(job("Timer_DraftCirculated", instance));
        assertThat(job("Timer_ReviewDeadline", instance).getDuedate())
                .isEqualTo(Date.from(OffsetDateTime.parse(DEADLINE).toInstant()));

        execute(job("Timer_ReviewDeadline", instance));

        assertThat(instance).isWaitingAt("Task_RecordReviewMeeting", "Call_EscalateReviewLate");
        ProcessInstance escalation = calledProcessInstance("latenessEscalation", instance);
        assertThat(runtimeService().getVariables(escalation.getId())).containsAllEntriesOf(Map.of(
                "lateSubjectType", "PARTY_ORGANIZATION", "lateSubjectCode", "CB-TDP01",
                "lateStage", "Hội nghị kiểm điểm tập thể", "orgCode", "CB-TDP01"));
        complete(task(CalledProcessStub.TASK, escalation));
        complete(task("Task_RecordReviewMeeting", instance));
        execute(job(instance));

        assertThat(instance).isEnded().hasPassed("EndEvent_ReviewLateReported", "EndEvent_Reviewed");
    }

    @Test
    void aLeadershipCollectiveIsReviewedLikeAnOrganisationUnderItsHeadAndItsLatenessIsItsOwn() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("collectiveReview", Map.of(
                "campaignId", "1", "orgCode", "DU-GIANGBIEN", "collectiveCode", "BTT-MTTQ-GIANGBIEN",
                "orgName", "Ban Thường trực UB MTTQ phường Giang Biên"));

        assertThat(task("Task_DraftCollectiveReport", instance)).isAssignedTo("maihtp");
        assertThat(task("Task_SuggestInDepthReview", instance)).hasCandidateGroup("DU-GIANGBIEN.inspection");
        complete(task("Task_DraftCollectiveReport", instance));
        complete(task("Task_SuggestInDepthReview", instance), withVariables("hasInDepthSuggestions", false));
        assertThat(instance).isWaitingAt("Timer_DraftCirculated");
        execute(job("Timer_DraftCirculated", instance));
        assertThat(task(instance)).hasDefinitionKey("Task_RecordReviewMeeting").isAssignedTo("maihtp");

        execute(job("Timer_ReviewDeadline", instance));
        ProcessInstance escalation = calledProcessInstance("latenessEscalation", instance);
        assertThat(escalation.getBusinessKey()).isEqualTo("collective BTT-MTTQ-GIANGBIEN");
        assertThat(runtimeService().getVariables(escalation.getId())).containsAllEntriesOf(Map.of(
                "lateSubjectType", "LEADERSHIP_COLLECTIVE", "lateSubjectCode", "BTT-MTTQ-GIANGBIEN",
                "orgCode", "DU-GIANGBIEN"));
        complete(task(CalledProcessStub.TASK, escalation));
        complete(task("Task_RecordReviewMeeting", instance));
        execute(job(instance));
        assertThat(instance).isEnded().hasPassed("EndEvent_Reviewed");
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("collectiveReview", Map.of(
                "campaignId", "1", "orgCode", "CB-TDP01", "orgName", "Chi bộ Tổ dân phố số 1"));
    }
}
