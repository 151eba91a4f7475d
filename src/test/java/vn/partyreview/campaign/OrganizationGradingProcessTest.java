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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.partyreview.decision.SelfBallotSheet;
import vn.partyreview.process.ProcessLists;
import vn.partyreview.results.Rewards;
import vn.partyreview.results.SelfBallots;
import vn.partyreview.review.BodyResults;
import vn.partyreview.review.OrganizationProgress;
import vn.partyreview.support.ProcessTestBusinessKeys;

@Deployment(resources = "processes/organization-grading.bpmn")
class OrganizationGradingProcessTest {

    private static final String SUBJECTS = "[{\"id\": \"CB-TDP01\", \"name\": \"Chi bộ Tổ dân phố số 1\"}]";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .excludeProcessDefinitionKeys("secretBallot", "latenessEscalation")
            .assertClassCoverageAtLeast(0.9).build();

    private final List<String> steps = new ArrayList<>();
    private final Map<String, Object> opinions = new HashMap<>();
    private final List<String> stubDeployments = new ArrayList<>();
    private final DecisionRequestsStub requests = new DecisionRequestsStub();
    /** Whether each self-grading session was held, in the order they are recorded. */
    private final Deque<Boolean> sessionsHeld = new ArrayDeque<>();
    /** The same-level bodies reporting their results, as the records would answer. */
    private final List<String> reportingBodies = new ArrayList<>();
    /** Whether the organisation or its members were decided HTXSNV. */
    private boolean rewardCandidates;

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ProcessTestBusinessKeys.register();
        Mocks.register("campaignSchedule", new FixedSchedule("2025-12-15T00:00:00+07:00"));
        Mocks.register("campaignSubjects", new StoredGradingInput());
        Mocks.register("decisionRequests", requests);
        // called by no partyOrganization here: nobody waits for the self-grading
        Mocks.register("organizationProgress", new OrganizationProgress(engine.getProcessEngine().getRuntimeService()));
        Mocks.register("assignments", TestAssignments.answering(Map.of("committeeGroup", "CB-TDP01.committee",
                "appraisingGroup", "DU-GIANGBIEN.office", "officeGroup", "DU-GIANGBIEN.office",
                "opinionBodyCodes", List.of("MTTQ-GIANGBIEN", "UBND-GIANGBIEN"))));
        Mocks.register("recordOrganizationSelfAssessment", (JavaDelegate) execution -> steps.add("self-assessment"));
        Mocks.register("selfBallotSheet", sheet());
        Mocks.register("recordSelfBallot", (JavaDelegate) execution ->
                steps.add("self-ballot " + execution.getVariable("selfBallotSessionId")));
        Mocks.register("selfBallots", selfBallots());
        Mocks.register("recordOpinion", (TaskListener) task ->
                opinions.put((String) task.getVariable("bodyCode"), task.getVariable("opinionLevel")));
        Mocks.register("recordFacts", (TaskListener) task -> steps.add("facts"));
        Mocks.register("notifyOrganizationResult", (JavaDelegate) execution -> steps.add("notified"));
        Mocks.register("bodyResults", bodyResults());
        Mocks.register("recordBodyResult", (TaskListener) task -> steps.add("reported "
                + task.getVariable("reportingBodyCode") + " " + task.getVariable("bodyResultLevel")));
        Mocks.register("rewards", rewards());
        Mocks.register("recordRewards", (TaskListener) task ->
                steps.add("rewards proposed " + task.getVariable("rewardsProposed")));
        stubDeployments.add(CalledProcessStub.deploy(repositoryService(), "secretBallot"));
        stubDeployments.add(CalledProcessStub.deploy(repositoryService(), "latenessEscalation"));
    }

    @AfterEach
    void reset() {
        stubDeployments.forEach(id -> repositoryService().deleteDeployment(id, true));
        Mocks.reset();
    }

    @Test
    void selfAssessmentThenOpinionsOfEveryRelatedBodyInParallelThenAppraisalAndTheDecision() {
        reportingBodies.addAll(List.of("PN-GIANGBIEN", "UBND-GIANGBIEN"));
        ProcessInstance instance = start();

        assertThat(task(instance)).hasDefinitionKey("Task_SelfAssessOrganization").hasCandidateGroup("CB-TDP01.committee");
        complete(task(instance), withVariables("proposedLevel", "HTTNV"));
        assertThat(steps).containsExactly("self-assessment");

        // the committee votes the organisation's own level by secret ballot, on the sheet read from the records
        ProcessInstance ballot = calledProcessInstance("secretBallot", instance);
        assertThat(runtimeService().getVariables(ballot.getId())).containsAllEntriesOf(Map.of(
                "ballotTitle", "Biểu quyết tự xếp loại chất lượng - Chi bộ Tổ dân phố số 1",
                "organizationCode", "CB-TDP01", "ballotSubjects", SUBJECTS,
                "ballotVoters", List.of("binhnv", "huongpt"), "ballotChairGroup", "CB-TDP01.committee",
                "ballotDeadline", "2025-12-15T00:00:00+07:00"));
        sessionsHeld.add(true);
        complete(task(CalledProcessStub.TASK, ballot), withVariables("ballotSessionId", "S1"));
        assertThat(steps).containsExactly("self-assessment", "self-ballot S1");

        List<Task> opinionTasks = taskQuery().processInstanceId(instance.getId()).list();
        assertThat(opinionTasks).extracting(Task::getTaskDefinitionKey).containsOnly("Task_GiveOpinion");
        assertThat(opinionTasks).hasSize(2);
        complete(taskQuery().taskCandidateGroup("UBND-GIANGBIEN.leaders").singleResult(),
                withVariables("opinionLevel", "HTTNV", "opinionComment", "Hoàn thành tốt chỉ tiêu"));
        complete(taskQuery().taskCandidateGroup("MTTQ-GIANGBIEN.leaders").singleResult(),
                withVariables("opinionLevel", "HTNV", "opinionComment", "Cần quan tâm công tác dân vận"));
        assertThat(opinions).containsExactlyInAnyOrderEntriesOf(Map.of(
                "UBND-GIANGBIEN", "HTTNV", "MTTQ-GIANGBIEN", "HTNV"));

        // the same-level bodies report their own results, each by its leaders, before the office's facts
        List<Task> reports = taskQuery().processInstanceId(instance.getId()).list();
        assertThat(reports).extracting(Task::getTaskDefinitionKey).containsOnly("Task_ReportBodyResult");
        assertThat(reports).hasSize(2);
        assertThat(job("Timer_ReportsDeadline", instance).getDuedate())
                .isEqualTo(Date.from(OffsetDateTime.parse("2025-12-15T00:00:00+07:00").toInstant()));
        Task ubnd = taskQuery().taskCandidateGroup("UBND-GIANGBIEN.leaders").singleResult();
        assertThat(taskService().getVariable(ubnd.getId(), "reportingBodyName")).isEqualTo("Tên UBND-GIANGBIEN");
        complete(ubnd, withVariables("bodyResultLevel", "HTTNV"));
        complete(taskQuery().taskCandidateGroup("PN-GIANGBIEN.leaders").singleResult(),
                withVariables("bodyResultLevel", "HTXSNV"));

        // the office records the targets met before the appraisal
        assertThat(task(instance)).hasDefinitionKey("Task_RecordOrganizationFacts")
                .hasCandidateGroup("DU-GIANGBIEN.office");
        complete(task(instance), withVariables("targetsCompletedPercent", 95, "forceMajeure", "KHONG"));
        assertThat(task(instance)).hasDefinitionKey("Task_AppraiseOrganization").hasCandidateGroup("DU-GIANGBIEN.office");
        complete(task(instance));
        assertThat(instance).isWaitingAt("Task_AppraiseOrganization");
        execute(job(instance));
        assertThat(instance).isWaitingAt("Task_AwaitDecision");
        assertThat(requests.calls).containsExactly("asked PARTY_ORGANIZATION CB-TDP01");
        DecisionRequestsStub.answer(instance);

        assertThat(instance).isEnded().hasPassed("Task_NotifyResult", "EndEvent_OrganizationGraded")
                .hasNotPassed("Task_ProposeRewards");
        assertThat(steps).containsExactly("self-assessment", "self-ballot S1", "reported UBND-GIANGBIEN HTTNV",
                "reported PN-GIANGBIEN HTXSNV", "facts", "notified");
    }

    @Test
    void reportsMissingOnTheirDeadlineAreFollowedUpAndTheReportsGoOn() {
        reportingBodies.add("MTTQ-GIANGBIEN");
        ProcessInstance instance = throughTheOpinions();

        execute(job("Timer_ReportsDeadline", instance));

        ProcessInstance escalation = calledProcessInstance("latenessEscalation", instance);
        assertThat(runtimeService().getVariables(escalation.getId())).containsAllEntriesOf(Map.of(
                "lateSubjectCode", "CB-TDP01", "lateStage", "Báo cáo kết quả của chính quyền, MTTQ, đoàn thể"));
        complete(task(CalledProcessStub.TASK, escalation));
        complete(taskQuery().taskCandidateGroup("MTTQ-GIANGBIEN.leaders").singleResult(),
                withVariables("bodyResultLevel", "HTNV"));
        assertThat(instance).hasPassed("EndEvent_ReportsLateReported").isWaitingAt("Task_RecordOrganizationFacts");
    }

    @Test
    void afterAResultWithExcellentSubjectsTheDecidingBodysOfficeProposesRewards() {
        rewardCandidates = true;
        ProcessInstance instance = throughTheOpinions();
        complete(task(instance));
        complete(task(instance));
        execute(job(instance));
        DecisionRequestsStub.answer(instance);

        assertThat(task(instance)).hasDefinitionKey("Task_ProposeRewards").hasCandidateGroup("DU-GIANGBIEN.office");
        assertThat(taskService().getVariable(task(instance).getId(), "rewardChoices").toString())
                .contains("MEMBER:DV0020");
        complete(task(instance), withVariables("rewardsProposed", List.of("MEMBER:DV0020")));

        assertThat(instance).isEnded().hasPassed("EndEvent_RewardsProposed");
        assertThat(steps).last().isEqualTo("rewards proposed [MEMBER:DV0020]");
    }

    @Test
    void theRootWithItsDecidingBodyOutsideTheSystemWaitsForItWithoutOpinionsOrDecision() {
        // the district: no superior in our records, BTV Tỉnh ủy decides outside the system [H II.1.4a]
        Mocks.register("assignments", TestAssignments.answering(Map.of("committeeGroup", "QU-LONGBIEN.committee",
                "officeGroup", "QU-LONGBIEN.office", "opinionBodyCodes", List.of())));
        reportingBodies.add("UBND-LONGBIEN");
        ProcessInstance instance = start();
        complete(task(instance), withVariables("proposedLevel", "HTTNV"));
        sessionsHeld.add(true);
        complete(task(CalledProcessStub.TASK, calledProcessInstance("secretBallot", instance)),
                withVariables("ballotSessionId", "S1"));

        // no opinion task: its own UBND only reports its own result, as at every level
        assertThat(task(instance)).hasDefinitionKey("Task_ReportBodyResult").hasCandidateGroup("UBND-LONGBIEN.leaders");
        complete(task(instance), withVariables("bodyResultLevel", "HTTNV"));
        complete(task(instance), withVariables("targetsCompletedPercent", 100));

        // no task of its own sends anything up: its self-grading goes with its dossier, once, from the
        // party-organisation model's Task_SendDossier
        assertThat(instance).isEnded().hasPassed("EndEvent_SentToSuperior")
                .hasNotPassed("Task_GiveOpinion", "Task_AppraiseOrganization", "Task_RequestDecision",
                        "Task_NotifyResult");
        assertThat(requests.calls).isEmpty();
        assertThat(opinions).isEmpty();
        assertThat(steps).containsExactly("self-assessment", "self-ballot S1", "reported UBND-LONGBIEN HTTNV", "facts");
    }

    /** Self-assessment, a held self-grading vote and every opinion given. */
    private ProcessInstance throughTheOpinions() {
        ProcessInstance instance = start();
        complete(task(instance));
        sessionsHeld.add(true);
        complete(task(CalledProcessStub.TASK, calledProcessInstance("secretBallot", instance)),
                withVariables("ballotSessionId", "S1"));
        taskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_GiveOpinion").list()
                .forEach(opinion -> complete(opinion, withVariables("opinionLevel", "HTNV")));
        return instance;
    }

    @Test
    void aSelfGradingSessionNotHeldForLackOfAttendanceIsConvenedAgainBeforeTheOpinions() {
        ProcessInstance instance = start();
        complete(task(instance), withVariables("proposedLevel", "HTTNV"));

        sessionsHeld.add(false);
        complete(task(CalledProcessStub.TASK, calledProcessInstance("secretBallot", instance)),
                withVariables("ballotSessionId", "S1"));
        assertThat(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_GiveOpinion").count())
                .isZero();
        ProcessInstance again = calledProcessInstance("secretBallot", instance);
        assertThat(runtimeService().getVariable(again.getId(), "ballotVoters")).isEqualTo(List.of("binhnv", "huongpt"));
        sessionsHeld.add(true);
        complete(task(CalledProcessStub.TASK, again), withVariables("ballotSessionId", "S2"));

        assertThat(instance).hasPassedInOrder("Task_RecordSelfBallot", "Gateway_SelfBallotConvened", "Call_SelfBallot",
                "Task_RecordSelfBallot", "Gateway_SelfBallotHeld").isWaitingAt("Task_GiveOpinion");
        assertThat(steps).containsExactly("self-assessment", "self-ballot S1", "self-ballot S2");
    }

    private static SelfBallotSheet sheet() {
        SelfBallotSheet sheet = mock(SelfBallotSheet.class);
        when(sheet.title(any())).thenReturn("Biểu quyết tự xếp loại chất lượng - Chi bộ Tổ dân phố số 1");
        when(sheet.subjects(any())).thenReturn(Variables.stringValue(SUBJECTS));
        when(sheet.voters(any())).thenReturn(ProcessLists.of(List.of("binhnv", "huongpt")));
        return sheet;
    }

    private BodyResults bodyResults() {
        BodyResults results = mock(BodyResults.class);
        when(results.reportingBodyCodes(any())).thenAnswer(call -> reportingBodies);
        when(results.bodyName(any())).thenAnswer(call -> "Tên " + call.getArgument(0));
        return results;
    }

    private Rewards rewards() {
        Rewards rewards = mock(Rewards.class);
        when(rewards.hasCandidates(any(), any())).thenAnswer(call -> rewardCandidates);
        when(rewards.proposingGroup(any())).thenReturn("DU-GIANGBIEN.office");
        when(rewards.choices(any(), any())).thenReturn(Variables.stringValue(
                "[{\"label\": \"Nguyễn Văn Bình — Hoàn thành xuất sắc nhiệm vụ\", \"value\": \"MEMBER:DV0020\"}]"));
        return rewards;
    }

    /** Answers whether the session just recorded was held. */
    private SelfBallots selfBallots() {
        SelfBallots ballots = mock(SelfBallots.class);
        when(ballots.held(any(), any())).thenAnswer(call -> sessionsHeld.peekLast());
        return ballots;
    }

    @Test
    void aDecisionStillPendingAtTheDeadlineIsReportedAndTheDecisionGoesOn() {
        ProcessInstance instance = start();
        complete(task(instance));
        sessionsHeld.add(true);
        complete(task(CalledProcessStub.TASK, calledProcessInstance("secretBallot", instance)),
                withVariables("ballotSessionId", "S1"));
        taskQuery().processInstanceId(instance.getId()).list().forEach(opinion ->
                complete(opinion, withVariables("opinionLevel", "HTNV")));
        complete(task(instance));
        complete(task(instance));
        execute(job(instance));

        execute(job("Timer_GradingDeadline", instance));

        assertThat(instance).isWaitingAt("Task_AwaitDecision", "Call_EscalateGradingLate");
        assertThat(requests.calls).endsWith("convened due");
        ProcessInstance escalation = calledProcessInstance("latenessEscalation", instance);
        assertThat(runtimeService().getVariable(escalation.getId(), "lateStage")).isEqualTo("Quyết định xếp loại");
        complete(task(CalledProcessStub.TASK, escalation));
        DecisionRequestsStub.answer(instance);

        assertThat(instance).isEnded().hasPassed("EndEvent_GradingLateReported", "EndEvent_OrganizationGraded");
    }

    private static ProcessInstance start() {
        Map<String, Object> variables = new HashMap<>(Map.of(
                "campaignId", "1", "orgCode", "CB-TDP01", "orgName", "Chi bộ Tổ dân phố số 1"));
        return runtimeService().startProcessInstanceByKey("organizationGrading", variables);
    }
}
