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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
            "scheduleRegistration", "collectiveReview", "partyMember", "secretBallot", "organizationGrading",
            "latenessEscalation");

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .excludeProcessDefinitionKeys(CALLED.toArray(String[]::new))
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
        Mocks.register("assignments", TestAssignments.answering(Map.of(
                "committeeGroup", "CB-TDP01.committee", "appraisingGroup", "DU-GIANGBIEN.office",
                "inspectionGroup", "DU-GIANGBIEN.inspection")));
        Mocks.register("recordFacts", (TaskListener) task -> steps.add(task.getEventName() + " inspection"));
        Mocks.register("prepareBallot", (JavaDelegate) execution -> {
            steps.add("ballot prepared");
            // DV0024 is exempt and DV0054 admitted this year: only the other two are graded
            execution.setVariable("gradedMemberCodes", ProcessLists.of(List.of("DV0020", "DV0023")));
            execution.setVariable("ballotTitle", "Biểu quyết đề xuất mức xếp loại chất lượng đảng viên");
            execution.setVariable("ballotSubjects", "[{\"id\": \"DV0020\", \"name\": \"Nguyễn Văn Bình\"}]");
            execution.setVariable("ballotVoters", ProcessLists.of(List.of("binhnv", "loint")));
            execution.setVariable("ballotDeadline", "2025-12-15T00:00:00+07:00");
        });
        Mocks.register("recordBallotResult",
                (JavaDelegate) execution -> steps.add("ballot " + execution.getVariable("ballotResult")));
        Mocks.register("notifyMemberResults", (JavaDelegate) execution -> steps.add("members notified"));
        CALLED.forEach(key -> stubDeployments.add(CalledProcessStub.deploy(repositoryService(), key)));
    }

    @AfterEach
    void reset() {
        stubDeployments.forEach(id -> repositoryService().deleteDeployment(id, true));
        Mocks.reset();
    }

    @Test
    void theCellRegistersItsScheduleWithTheSuperiorBeforeItsCollectiveReview() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("partyCell", variables());

        ProcessInstance registration = calledProcessInstance("scheduleRegistration", instance);
        assertThat(registration.getBusinessKey()).isEqualTo("org CB-TDP01");
        assertThat(runtimeService().getVariables(registration.getId())).containsAllEntriesOf(Map.of(
                "campaignId", "1", "orgCode", "CB-TDP01", "orgName", "Chi bộ Tổ dân phố số 1"));
        assertThat(called("collectiveReview", instance)).isEmpty();
        complete(task(CalledProcessStub.TASK, registration));

        assertThat(instance).hasPassedInOrder("Call_ScheduleRegistration").isWaitingAt("Call_CellReview");
    }

    @Test
    void collectiveFirstThenMembersThenTheBallotThenOneDecisionSessionOverTheMembersAndLastTheCell() {
        ProcessInstance instance = start();

        completeCalled("collectiveReview", instance);
        runContinuations();
        List<ProcessInstance> members = called("partyMember", instance);
        assertThat(members).extracting(member -> runtimeService().getVariable(member.getId(), "memberCode"))
                .containsExactlyInAnyOrder("DV0020", "DV0023", "DV0024", "DV0054");
        // Cockpit lists each called instance by its subject (BusinessKeys)
        assertThat(members).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder(
                "member DV0020", "member DV0023", "member DV0024", "member DV0054");
        members.forEach(member -> complete(task(CalledProcessStub.TASK, member)));
        assertThat(steps).containsExactly("ballot prepared");

        ProcessInstance ballot = calledProcessInstance("secretBallot", instance);
        assertThat(ballot.getBusinessKey()).isEqualTo("org CB-TDP01");
        assertThat(runtimeService().getVariables(ballot.getId())).containsAllEntriesOf(Map.of(
                "organizationCode", "CB-TDP01", "ballotChairGroup", "CB-TDP01.committee",
                "ballotDeadline", "2025-12-15T00:00:00+07:00"));
        complete(task(CalledProcessStub.TASK, ballot),
                withVariables("ballotSessionId", "S1", "ballotResult", "{\"DV0020\": {\"level\": \"HTTNV\"}}"));
        assertThat(steps).last().isEqualTo("create inspection");

        // the inspection committee's conclusions on the members come before the appraisal
        assertThat(task(instance)).hasDefinitionKey("Task_RecordInspectionConclusions")
                .hasCandidateGroup("DU-GIANGBIEN.inspection");
        complete(task(instance), withVariables("cellDisciplined", "KHONG"));
        assertThat(steps).containsSubsequence("ballot {\"DV0020\": {\"level\": \"HTTNV\"}}", "create inspection",
                "complete inspection");

        assertThat(task(instance)).hasDefinitionKey("Task_AppraiseCellReport").hasCandidateGroup("DU-GIANGBIEN.office");
        complete(task(instance));
        // the appraisal commits on its own; the members are put on the list in the next transaction
        assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(requests.calls).isEmpty();
        runContinuations();
        assertThat(instance).isWaitingAt("Task_AwaitDecision");
        assertThat(requests.calls).singleElement().asString().startsWith("asked MEMBER CB-TDP01 ")
                .contains("DV0020", "DV0023").doesNotContain("DV0024", "DV0054");
        DecisionRequestsStub.answer(instance);
        assertThat(steps).last().isEqualTo("members notified");

        assertThat(instance).isWaitingAt("Call_CellGrading");
        completeCalled("organizationGrading", instance);
        assertThat(instance).isEnded().hasPassed("EndEvent_CellGraded").hasNotPassed("Call_EscalateMembersLate");
    }

    @Test
    void membersStillUnderReviewAtTheDeadlineAreReportedUpAndTheirReviewsGoOn() {
        ProcessInstance instance = start();
        completeCalled("collectiveReview", instance);

        execute(job("Timer_MembersDeadline", instance));

        ProcessInstance escalation = calledProcessInstance("latenessEscalation", instance);
        assertThat(runtimeService().getVariables(escalation.getId())).containsAllEntriesOf(Map.of(
                "orgCode", "CB-TDP01", "lateSubjectCode", "CB-TDP01", "lateStage", "Kiểm điểm đảng viên"));
        complete(task(CalledProcessStub.TASK, escalation));
        assertThat(instance).hasPassed("EndEvent_MembersLateReported").isWaitingAt("Call_PartyMembers");
        runContinuations();
        assertThat(called("partyMember", instance)).hasSize(4);
    }

    @Test
    void atTheDeadlineTheBodyMeetsOverEveryoneReadyAndTheCellWaitsForItsAnswer() {
        ProcessInstance instance = start();
        completeCalled("collectiveReview", instance);
        runContinuations();
        called("partyMember", instance).forEach(member -> complete(task(CalledProcessStub.TASK, member)));
        complete(task(CalledProcessStub.TASK, calledProcessInstance("secretBallot", instance)),
                withVariables("ballotSessionId", "S1", "ballotResult", "{}"));
        complete(task(instance), withVariables("cellDisciplined", "KHONG"));
        complete(task(instance));
        runContinuations();

        execute(job("Timer_DecisionDeadline", instance));

        assertThat(requests.calls).last().isEqualTo("convened due");
        assertThat(instance).hasPassed("EndEvent_ConvenedDue").isWaitingAt("Task_AwaitDecision");
        DecisionRequestsStub.answer(instance);
        assertThat(instance).isWaitingAt("Call_CellGrading");
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
