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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.partyreview.review.ScheduleRegistrations;
import vn.partyreview.support.ProcessTestBusinessKeys;

@Deployment(resources = "processes/schedule-registration.bpmn")
class ScheduleRegistrationProcessTest {

    private static final String REGISTRATION_DEADLINE = "2025-11-25T00:00:00+07:00";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .excludeProcessDefinitionKeys("latenessEscalation")
            .assertClassCoverageAtLeast(0.9).build();

    private final List<String> recorded = new ArrayList<>();
    private final List<String> stubDeployments = new ArrayList<>();
    private boolean superiorInRecords = true;

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ProcessTestBusinessKeys.register();
        Mocks.register("campaignSchedule", new FixedSchedule(REGISTRATION_DEADLINE));
        Mocks.register("scheduleRegistrations", registrations());
        Mocks.register("recordSchedule", (TaskListener) task -> recorded.add(task.getTaskDefinitionKey() + " "
                + task.getVariable("reviewMeetingDate") + " " + task.getVariable("attendeeUserId")));
        stubDeployments.add(CalledProcessStub.deploy(repositoryService(), "latenessEscalation"));
    }

    @AfterEach
    void reset() {
        stubDeployments.forEach(id -> repositoryService().deleteDeployment(id, true));
        Mocks.reset();
    }

    @Test
    void theCellRegistersThenTheSuperiorsOfficeAssignsWhoAttends() {
        ProcessInstance instance = start();

        assertThat(task(instance)).hasDefinitionKey("Task_RegisterSchedule").hasCandidateGroup("CB-TDP01.committee");
        complete(task(instance), withVariables("reviewMeetingDate", "2025-11-28", "gradingMeetingDate", "2025-12-02"));
        execute(job(instance));

        assertThat(task(instance)).hasDefinitionKey("Task_AssignAttendee").hasCandidateGroup("DU-GIANGBIEN.office");
        assertThat(taskService().getVariable(task(instance).getId(), "attendeeChoices").toString())
                .contains("tuanna");
        complete(task(instance), withVariables("attendeeUserId", "tuanna"));

        assertThat(instance).isEnded().hasPassed("EndEvent_AttendeeAssigned");
        assertThat(recorded).containsExactly("Task_RegisterSchedule 2025-11-28 null",
                "Task_AssignAttendee 2025-11-28 tuanna");
    }

    @Test
    void anOrganisationWithoutASuperiorOnlyRegisters() {
        superiorInRecords = false;
        ProcessInstance instance = start();
        complete(task(instance), withVariables("reviewMeetingDate", "2025-11-28", "gradingMeetingDate", "2025-12-02"));
        execute(job(instance));

        assertThat(instance).isEnded().hasPassed("EndEvent_Registered").hasNotPassed("Task_AssignAttendee");
    }

    @Test
    void aRegistrationLateOnTheCampaignsDeadlineIsFollowedUpAndStillAwaited() {
        ProcessInstance instance = start();
        assertThat(job("Timer_RegistrationDeadline", instance).getDuedate())
                .isEqualTo(Date.from(OffsetDateTime.parse(REGISTRATION_DEADLINE).toInstant()));

        execute(job("Timer_RegistrationDeadline", instance));

        ProcessInstance escalation = calledProcessInstance("latenessEscalation", instance);
        assertThat(runtimeService().getVariables(escalation.getId())).containsAllEntriesOf(Map.of(
                "campaignId", "1", "orgCode", "CB-TDP01", "lateSubjectType", "PARTY_ORGANIZATION",
                "lateSubjectCode", "CB-TDP01", "lateStage", "Đăng ký lịch kiểm điểm"));
        complete(task(CalledProcessStub.TASK, escalation));
        assertThat(instance).hasPassed("EndEvent_RegistrationLateReported").isWaitingAt("Task_RegisterSchedule");
    }

    private ScheduleRegistrations registrations() {
        ScheduleRegistrations registrations = mock(ScheduleRegistrations.class);
        when(registrations.registeringGroup(any())).thenReturn("CB-TDP01.committee");
        when(registrations.assigningGroup(any())).thenReturn("DU-GIANGBIEN.office");
        when(registrations.attendeeAssignable(any())).thenAnswer(call -> superiorInRecords);
        when(registrations.attendeeChoices(any())).thenReturn(Variables.stringValue(
                "[{\"label\": \"Nguyễn Anh Tuấn\", \"value\": \"tuanna\"}]"));
        return registrations;
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("scheduleRegistration",
                Map.of("campaignId", "1", "orgCode", "CB-TDP01", "orgName", "Chi bộ Tổ dân phố số 1"));
    }
}
