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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.partyreview.process.ProcessLists;
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

@Deployment(resources = "processes/party-organization.bpmn")
class PartyOrganizationProcessTest {

    private static final List<String> CALLED = List.of(
            "partyCell", "collectiveReview", "organizationGrading", "latenessEscalation", "leadershipCollective", "leader",
            "leaderReview", "scheduleRegistration");
    private static final String WARD = "DU-GIANGBIEN";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .excludeProcessDefinitionKeys(CALLED.toArray(String[]::new))
            .assertClassCoverageAtLeast(0.9).build();

    private final List<String> stubDeployments = new ArrayList<>();
    private final List<Object> dossiersSent = new ArrayList<>();
    private final List<Object> dossiersReceived = new ArrayList<>();
    /** The district's organizing board above the ward receives its dossier; removed for a root with no superior. */
    private final Map<String, Object> records = new HashMap<>(Map.of("appraisingGroup", "QU-LONGBIEN.organizing"));

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ProcessTestBusinessKeys.register();
        Mocks.register("campaignSchedule", new FixedSchedule("2025-12-15T00:00:00+07:00"));
        Mocks.register("recordDossierSent", (TaskListener) task -> dossiersSent.add(task.getVariable("orgCode")));
        Mocks.register("sendDossier", (TaskListener) task -> { });
        Mocks.register("receiveDossier", (TaskListener) task -> dossiersReceived.add(task.getVariable("orgCode")));
        Mocks.register("assignments", TestAssignments.answering(records));
        // the ward has two cells under it; any other code is a cell
        Mocks.register("loadOrganization", (JavaDelegate) execution -> {
            boolean ward = WARD.equals(execution.getVariable("orgCode"));
            execution.setVariable("cell", !ward);
            execution.setVariable("childOrgCodes", ProcessLists.of(ward ? List.of("CB-TDP01", "CB-TDP02") : List.of()));
            execution.setVariable("collectiveCodes",
                    ProcessLists.of(ward ? List.of("LD-UBND-GIANGBIEN", "BTT-MTTQ-GIANGBIEN") : List.of()));
            execution.setVariable("ownCollectiveCodes", ProcessLists.of(ward ? List.of("BCH-DU-GIANGBIEN") : List.of()));
            execution.setVariable("leaderCodes",
                    ProcessLists.of(ward ? List.of("DV0010", "DV0012", "DV0011") : List.of()));
            execution.setVariable("headLeaderCodes", ProcessLists.of(ward ? List.of("DV0010", "DV0012") : List.of()));
            execution.setVariable("otherLeaderCodes", ProcessLists.of(ward ? List.of("DV0011") : List.of()));
        });
        CALLED.forEach(key -> stubDeployments.add(CalledProcessStub.deploy(repositoryService(), key)));
    }

    @AfterEach
    void reset() {
        stubDeployments.forEach(id -> repositoryService().deleteDeployment(id, true));
        Mocks.reset();
    }

    @Test
    void aCellGoesToTheCellProcess() {
        ProcessInstance instance = start("CB-TDP01");

        assertThat(instance).isWaitingAt("Call_PartyCell");
        complete(task(CalledProcessStub.TASK, calledProcessInstance("partyCell", instance)));
        runContinuations();
        assertThat(instance).isEnded().hasPassed("EndEvent_CellDone").hasNotPassed("Call_CommitteeReview");
    }

    @Test
    void lowerLevelsThenTheSameLevelBodiesThenTheCommitteeItsHeadsItsDeputiesThenTheDossierAfterItsSelfGrading() {
        ProcessInstance instance = start(WARD);
        // the ward's office registers the schedule with the district first, which names who attends
        assertThat(instance).isWaitingAt("Call_ScheduleRegistration");
        ProcessInstance registration = calledProcessInstance("scheduleRegistration", instance);
        assertThat(runtimeService().getVariables(registration.getId())).containsEntry("orgCode", WARD);
        complete(task(CalledProcessStub.TASK, registration));
        runContinuations();

        // lower levels before upper [P II.6]
        List<ProcessInstance> subordinates = subordinates(instance);
        assertThat(subordinates).extracting(child -> runtimeService().getVariable(child.getId(), "orgCode"))
                .containsExactlyInAnyOrder("CB-TDP01", "CB-TDP02");
        assertThat(calledInstances(instance, "collectiveReview")).isEmpty();
        subordinates.forEach(child -> {
            assertThat(child).isWaitingAt("Call_PartyCell");
            complete(task(CalledProcessStub.TASK, calledProcessInstance("partyCell", child)));
            runContinuations();
        });

        // the level's government, MTTQ and mass-organisation collectives, reviewed and graded before the committee's
        // own review [P I.4.2]
        assertThat(instance).isWaitingAt("Call_LeadershipCollectives");
        assertThat(calledInstances(instance, "collectiveReview")).isEmpty();
        List<ProcessInstance> collectives = calledInstances(instance, "leadershipCollective");
        assertThat(collectives).extracting(child -> runtimeService().getVariables(child.getId()))
                .extracting(variables -> variables.get("collectiveCode") + "@" + variables.get("orgCode"))
                .containsExactlyInAnyOrder("LD-UBND-GIANGBIEN@DU-GIANGBIEN", "BTT-MTTQ-GIANGBIEN@DU-GIANGBIEN");
        collectives.forEach(child -> complete(task(CalledProcessStub.TASK, child)));
        runContinuations();

        // the committee's collective review, then its leaders: the heads before the deputies and members
        assertThat(instance).isWaitingAt("Call_CommitteeReview");
        complete(task(CalledProcessStub.TASK, calledProcessInstance("collectiveReview", instance)));
        runContinuations();
        assertThat(instance).isWaitingAt("Call_HeadReviews");
        assertThat(calledInstances(instance, "leaderReview"))
                .extracting(child -> runtimeService().getVariable(child.getId(), "leaderCode"))
                .containsExactlyInAnyOrder("DV0010", "DV0012");
        calledInstances(instance, "leaderReview").forEach(child -> complete(task(CalledProcessStub.TASK, child)));
        runContinuations();
        assertThat(instance).isWaitingAt("Call_LeaderReviews");
        assertThat(calledInstances(instance, "leaderReview"))
                .extracting(child -> runtimeService().getVariable(child.getId(), "leaderCode"))
                .containsExactly("DV0011");
        calledInstances(instance, "leaderReview").forEach(child -> complete(task(CalledProcessStub.TASK, child)));
        runContinuations();

        // the committee grades itself; its dossier waits for its own self-grading vote
        assertThat(instance).isWaitingAt("Call_CommitteeGrading", "Event_CommitteeSelfGraded");
        assertThat(task("Task_SendDossier", instance)).isNull();
        selfGraded(instance);
        assertThat(instance).isWaitingAt("Call_CommitteeGrading", "Task_SendDossier");
        complete(task("Task_SendDossier", instance), withVariables("dossierSent", true));
        runContinuations();
        assertThat(dossiersSent).containsExactly(WARD);
        // the district's office receives it in its task while the ward waits for the district's decision
        assertThat(task("Task_ReceiveDossier", instance)).hasCandidateGroup("QU-LONGBIEN.organizing");
        complete(task("Task_ReceiveDossier", instance), withVariables("dossierReceived", true));
        assertThat(dossiersReceived).containsExactly(WARD);
        assertThat(instance).hasPassed("EndEvent_DossierReceived");
        complete(task(CalledProcessStub.TASK, calledProcessInstance("organizationGrading", instance)));
        runContinuations();

        // the committee's own collective after the committee, never above it, and before its head
        assertThat(instance).isWaitingAt("Call_CommitteeCollectives");
        List<ProcessInstance> own = calledInstances(instance, "leadershipCollective");
        assertThat(own).extracting(child -> runtimeService().getVariables(child.getId()))
                .extracting(variables -> variables.get("collectiveCode") + "@" + variables.get("orgCode"))
                .containsExactly("BCH-DU-GIANGBIEN@DU-GIANGBIEN");
        own.forEach(child -> complete(task(CalledProcessStub.TASK, child)));
        runContinuations();

        // every leader decided after the units they head
        assertThat(instance).isWaitingAt("Call_Leaders");
        List<ProcessInstance> leaders = calledInstances(instance, "leader");
        assertThat(leaders).extracting(child -> runtimeService().getVariable(child.getId(), "leaderCode"))
                .containsExactlyInAnyOrder("DV0010", "DV0012", "DV0011");
        leaders.forEach(child -> complete(task(CalledProcessStub.TASK, child)));
        runContinuations();
        assertThat(instance).isEnded().hasPassed("EndEvent_CommitteeDone");
    }

    @Test
    void aRootWithNoSuperiorInTheSystemSendsItsDossierWithNobodyToReceiveIt() {
        records.remove("appraisingGroup");
        ProcessInstance instance = startedUpToTheDossier();

        complete(task("Task_SendDossier", instance), withVariables("dossierSent", true));
        runContinuations();

        assertThat(dossiersSent).containsExactly(WARD);
        assertThat(instance).hasPassed("EndEvent_DossierKept").isWaitingAt("Call_CommitteeGrading")
                .hasNotPassed("Task_ReceiveDossier");
        complete(task(CalledProcessStub.TASK, calledProcessInstance("organizationGrading", instance)));
        runContinuations();
        calledInstances(instance, "leadershipCollective").forEach(child -> complete(task(CalledProcessStub.TASK, child)));
        runContinuations();
        calledInstances(instance, "leader").forEach(child -> complete(task(CalledProcessStub.TASK, child)));
        runContinuations();
        assertThat(instance).isEnded();
    }

    @Test
    void dossiersNotSentBy23DecemberAreReportedAndTheSendingGoesOn() {
        ProcessInstance instance = startedUpToTheDossier();

        execute(job("Timer_DossierDeadline", instance));

        ProcessInstance escalation = calledProcessInstance("latenessEscalation", instance);
        assertThat(runtimeService().getVariables(escalation.getId())).containsEntry("lateStage", "Gửi kết quả, hồ sơ");
        complete(task(CalledProcessStub.TASK, escalation));
        runContinuations();
        assertThat(instance).hasPassed("EndEvent_DossierLateReported").isWaitingAt("Task_SendDossier");
    }

    @Test
    void subordinatesStillUnfinishedAtTheirDeadlineAreReportedToTheDistrictAndGoOn() {
        ProcessInstance instance = start(WARD);
        complete(task(CalledProcessStub.TASK, calledProcessInstance("scheduleRegistration", instance)));
        runContinuations();

        execute(job("Timer_SubordinatesDeadline", instance));

        ProcessInstance escalation = calledProcessInstance("latenessEscalation", instance);
        assertThat(runtimeService().getVariables(escalation.getId())).containsAllEntriesOf(Map.of(
                "lateSubjectCode", WARD, "orgCode", WARD));
        complete(task(CalledProcessStub.TASK, escalation));
        runContinuations();
        assertThat(instance).hasPassed("EndEvent_SubordinatesLateReported").isWaitingAt("Call_SubordinateOrganizations");
        assertThat(subordinates(instance)).hasSize(2);
    }

    /** The ward with its cells, collectives, review and leaders' reviews done and its self-grading voted. */
    private static ProcessInstance startedUpToTheDossier() {
        ProcessInstance instance = start(WARD);
        complete(task(CalledProcessStub.TASK, calledProcessInstance("scheduleRegistration", instance)));
        runContinuations();
        subordinates(instance).forEach(child -> complete(task(CalledProcessStub.TASK,
                calledProcessInstance("partyCell", child))));
        runContinuations();
        calledInstances(instance, "leadershipCollective").forEach(child -> complete(task(CalledProcessStub.TASK, child)));
        runContinuations();
        complete(task(CalledProcessStub.TASK, calledProcessInstance("collectiveReview", instance)));
        runContinuations();
        for (int round = 0; round < 2; round++) {
            calledInstances(instance, "leaderReview").forEach(child -> complete(task(CalledProcessStub.TASK, child)));
            runContinuations();
        }
        selfGraded(instance);
        assertThat(instance).isWaitingAt("Task_SendDossier");
        return instance;
    }

    /** What {@code organizationGrading} tells its caller once the committee has voted its own level. */
    private static void selfGraded(ProcessInstance instance) {
        runtimeService().createMessageCorrelation("organizationSelfGraded").processInstanceId(instance.getId())
                .correlate();
    }

    private static List<ProcessInstance> calledInstances(ProcessInstance caller, String processKey) {
        return processInstanceQuery().superProcessInstanceId(caller.getId()).processDefinitionKey(processKey).list();
    }

    private static List<ProcessInstance> subordinates(ProcessInstance caller) {
        return processInstanceQuery().superProcessInstanceId(caller.getId()).processDefinitionKey("partyOrganization")
                .list();
    }

    private static ProcessInstance start(String orgCode) {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("partyOrganization",
                Map.of("campaignId", "1", "orgCode", orgCode));
        assertThat(instance).isWaitingAt("Task_LoadOrganization");
        runContinuations();
        return instance;
    }

    /** Async continuations run as the job executor would: loaders, each multi-instance element, after submissions. */
    private static void runContinuations() {
        ProcessJobs.runContinuations(managementService());
    }
}
