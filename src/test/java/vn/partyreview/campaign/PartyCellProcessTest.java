package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.partyreview.process.ProcessLists;
import vn.partyreview.review.CellMeetings;
import vn.partyreview.review.CellRounds;
import vn.partyreview.support.ProcessJobs;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.partyreview.support.ProcessTestBusinessKeys;

@Deployment(resources = "processes/party-cell.bpmn")
class PartyCellProcessTest {

    private static final List<String> CALLED = List.of(
            "scheduleRegistration", "collectiveReview", "partyMember", "cellMembersRound", "organizationGrading",
            "latenessEscalation");

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .excludeProcessDefinitionKeys(CALLED.toArray(String[]::new))
            .assertClassCoverageAtLeast(0.9).build();

    private final List<String> steps = new ArrayList<>();
    private final List<String> stubDeployments = new ArrayList<>();
    private final Rounds rounds = new Rounds();

    /** Stands in for {@link CellRounds}: the first round opens once, with the members the test says are ready. */
    public class Rounds {
        boolean opened;
        boolean membersReady;

        public void openFirst(DelegateExecution execution) {
            steps.add(opened ? "first round opened before" : "first round opened");
            execution.setVariableLocal("cellRound", opened ? null : 1);
            opened = true;
        }

        public boolean hasMembers(String campaignId, String cellCode, Integer round) {
            return membersReady;
        }
    }

    /** Stands in for {@link CellMeetings}. */
    public class Meetings {
        public void announce(DelegateExecution execution) {
            steps.add("members told the cell met");
        }
    }

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ProcessTestBusinessKeys.register();
        Mocks.register("campaignSchedule", new FixedSchedule("2025-12-15T00:00:00+07:00"));
        Mocks.register("cellRounds", rounds);
        Mocks.register("cellMeetings", new Meetings());
        CALLED.forEach(key -> stubDeployments.add(CalledProcessStub.deploy(repositoryService(), key)));
    }

    @AfterEach
    void reset() {
        stubDeployments.forEach(id -> repositoryService().deleteDeployment(id, true));
        Mocks.reset();
    }

    @Test
    void theCellRegistersItsScheduleThenItsMembersPrepareWhileItsCollectiveReviewIsDrafted() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("partyCell", variables());

        ProcessInstance registration = calledProcessInstance("scheduleRegistration", instance);
        assertThat(registration.getBusinessKey()).isEqualTo("org CB-TDP01");
        assertThat(runtimeService().getVariables(registration.getId())).containsAllEntriesOf(Map.of(
                "campaignId", "1", "orgCode", "CB-TDP01", "orgName", "Chi bộ Tổ dân phố số 1"));
        assertThat(called("collectiveReview", instance)).isEmpty();
        complete(task(CalledProcessStub.TASK, registration));

        // SPEC §14: Mẫu 02 is written while the collective report is drafted
        runContinuations();
        assertThat(instance).hasPassedInOrder("Call_ScheduleRegistration").isWaitingAt("Call_CellReview");
        List<ProcessInstance> members = called("partyMember", instance);
        assertThat(members).extracting(member -> runtimeService().getVariable(member.getId(), "memberCode"))
                .containsExactlyInAnyOrder("DV0020", "DV0023", "DV0024", "DV0054");
        // Cockpit lists each called instance by its subject (BusinessKeys)
        assertThat(members).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder(
                "member DV0020", "member DV0023", "member DV0024", "member DV0054");
        completeCalled("collectiveReview", instance);
        assertThat(steps).containsExactly("members told the cell met");
    }

    @Test
    void everyMemberReadyInTimeIsInTheFirstRoundAndTheCellIsGradedAfterIt() {
        ProcessInstance instance = start();
        rounds.membersReady = true;
        completeCalled("collectiveReview", instance);
        runContinuations();
        called("partyMember", instance).forEach(member -> complete(task(CalledProcessStub.TASK, member)));
        assertThat(steps).containsExactly("members told the cell met", "first round opened");

        runContinuations();
        ProcessInstance round = calledProcessInstance("cellMembersRound", instance);
        assertThat(round.getBusinessKey()).isEqualTo("org CB-TDP01");
        assertThat(runtimeService().getVariables(round.getId())).containsAllEntriesOf(Map.of(
                "campaignId", "1", "orgCode", "CB-TDP01", "cellRound", 1));
        assertThat(called("organizationGrading", instance)).isEmpty();
        complete(task(CalledProcessStub.TASK, round));

        assertThat(instance).isWaitingAt("Call_CellGrading");
        completeCalled("organizationGrading", instance);
        assertThat(instance).isEnded().hasPassed("EndEvent_CellGraded").hasNotPassed("Call_EscalateMembersLate",
                "EndEvent_FirstRoundOpenedBefore");
    }

    @Test
    void atTheDeadlineTheReadyMembersAreDecidedAndTheCellGradedWhileTheLateOnesGoOn() {
        ProcessInstance instance = start();
        completeCalled("collectiveReview", instance);
        runContinuations();
        List<ProcessInstance> members = called("partyMember", instance);
        members.subList(0, 3).forEach(member -> complete(task(CalledProcessStub.TASK, member)));
        rounds.membersReady = true;

        execute(job("Timer_MembersDeadline", instance));

        ProcessInstance escalation = calledProcessInstance("latenessEscalation", instance);
        assertThat(runtimeService().getVariables(escalation.getId())).containsAllEntriesOf(Map.of(
                "orgCode", "CB-TDP01", "lateSubjectCode", "CB-TDP01", "lateStage", "Kiểm điểm đảng viên"));
        complete(task(CalledProcessStub.TASK, escalation));
        runContinuations();
        complete(task(CalledProcessStub.TASK, calledProcessInstance("cellMembersRound", instance)));
        // the cell is graded while its late member is still under review, her instance untouched
        assertThat(instance).hasPassed("EndEvent_MembersLateReported")
                .isWaitingAt("Call_CellGrading", "Call_PartyMembers");
        completeCalled("organizationGrading", instance);
        assertThat(instance).hasPassed("EndEvent_CellGraded").isWaitingAt("Call_PartyMembers");

        // her own later round runs from her process; the cell's first round is not opened again
        complete(task(CalledProcessStub.TASK, members.get(3)));
        assertThat(steps).containsExactly("members told the cell met", "first round opened",
                "first round opened before");
        assertThat(instance).isEnded().hasPassed("EndEvent_FirstRoundOpenedBefore");
        assertThat(called("cellMembersRound", instance)).isEmpty();
    }

    @Test
    void withNobodyReadyAtTheDeadlineTheCellIsGradedAfterItsOwnMeetingAndEveryMemberGoesToALaterRound() {
        ProcessInstance instance = start();
        runContinuations();

        execute(job("Timer_MembersDeadline", instance));
        completeCalled("latenessEscalation", instance);

        assertThat(called("cellMembersRound", instance)).isEmpty();
        // the cell's own grading still waits for its collective review meeting
        assertThat(instance).isWaitingAt("Call_CellReview", "Call_PartyMembers").isNotWaitingAt("Call_CellGrading");
        completeCalled("collectiveReview", instance);
        assertThat(instance).hasPassed("Gateway_FirstRoundDone").isWaitingAt("Call_CellGrading");
    }

    private static void runContinuations() {
        ProcessJobs.runContinuations(managementService());
    }

    private static List<ProcessInstance> called(String key, ProcessInstance caller) {
        return processInstanceQuery().superProcessInstanceId(caller.getId()).processDefinitionKey(key).list();
    }

    private static void completeCalled(String key, ProcessInstance caller) {
        complete(task(CalledProcessStub.TASK, calledProcessInstance(key, caller)));
    }

    /** A cell whose schedule is registered. */
    private static ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("partyCell", variables());
        completeCalled("scheduleRegistration", instance);
        return instance;
    }

    private static Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>(Map.of(
                "campaignId", "1", "orgCode", "CB-TDP01", "orgName", "Chi bộ Tổ dân phố số 1"));
        variables.put("memberCodes", ProcessLists.of(List.of("DV0020", "DV0023", "DV0024", "DV0054")));
        return variables;
    }
}
