package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.partyreview.process.ProcessLists;
import vn.partyreview.support.ProcessJobs;
import vn.partyreview.support.ProcessTestBusinessKeys;

/** One ballot round of a cell: its members on the sheet balloted, appraised and decided in the group's session. */
@Deployment(resources = "processes/cell-members-round.bpmn")
class CellMembersRoundProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .excludeProcessDefinitionKeys("secretBallot")
            .assertClassCoverageAtLeast(0.9).build();

    private final List<String> steps = new ArrayList<>();
    private final DecisionRequestsStub requests = new DecisionRequestsStub();
    private String stub;

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ProcessTestBusinessKeys.register();
        Mocks.register("campaignSchedule", new FixedSchedule("2025-12-15T00:00:00+07:00"));
        Mocks.register("decisionRequests", requests);
        Mocks.register("assignments", TestAssignments.answering(Map.of(
                "committeeGroup", "CB-TDP01.committee", "appraisingGroup", "DU-GIANGBIEN.office",
                "inspectionGroup", "DU-GIANGBIEN.inspection")));
        Mocks.register("recordFacts", (TaskListener) task -> steps.add(task.getEventName() + " inspection"));
        Mocks.register("prepareBallot", (JavaDelegate) execution -> {
            steps.add("ballot prepared for round " + execution.getVariable("cellRound"));
            execution.setVariable("gradedMemberCodes", ProcessLists.of(List.of("DV0020", "DV0023")));
            execution.setVariable("ballotTitle", "Biểu quyết đề xuất mức xếp loại chất lượng đảng viên");
            execution.setVariable("ballotSubjects", "[{\"id\": \"DV0020\", \"name\": \"Nguyễn Văn Bình\"}]");
            execution.setVariable("ballotVoters", ProcessLists.of(List.of("binhnv", "loint")));
            execution.setVariable("ballotDeadline", "2025-12-15T00:00:00+07:00");
        });
        Mocks.register("recordBallotResult",
                (JavaDelegate) execution -> steps.add("ballot " + execution.getVariable("ballotResult")));
        Mocks.register("notifyMemberResults", (JavaDelegate) execution -> steps.add("members notified"));
        stub = CalledProcessStub.deploy(repositoryService(), "secretBallot");
    }

    @AfterEach
    void reset() {
        repositoryService().deleteDeployment(stub, true);
        Mocks.reset();
    }

    @Test
    void theRoundsMembersAreBallotedAppraisedAndDecidedInOneSessionThenTold() {
        ProcessInstance round = start(2);
        assertThat(steps).containsExactly("ballot prepared for round 2");

        ProcessInstance ballot = calledProcessInstance("secretBallot", round);
        assertThat(ballot.getBusinessKey()).isEqualTo("org CB-TDP01");
        assertThat(runtimeService().getVariables(ballot.getId())).containsAllEntriesOf(Map.of(
                "organizationCode", "CB-TDP01", "ballotChairGroup", "CB-TDP01.committee",
                "ballotDeadline", "2025-12-15T00:00:00+07:00"));
        complete(task(CalledProcessStub.TASK, ballot),
                withVariables("ballotSessionId", "S1", "ballotResult", "{\"DV0020\": {\"level\": \"HTTNV\"}}"));
        assertThat(steps).last().isEqualTo("create inspection");

        // the inspection committee's conclusions on the members come before the appraisal
        assertThat(task(round)).hasDefinitionKey("Task_RecordInspectionConclusions")
                .hasCandidateGroup("DU-GIANGBIEN.inspection");
        complete(task(round), withVariables("cellDisciplined", "KHONG"));
        assertThat(steps).containsSubsequence("ballot {\"DV0020\": {\"level\": \"HTTNV\"}}", "create inspection",
                "complete inspection");

        assertThat(task(round)).hasDefinitionKey("Task_AppraiseCellReport").hasCandidateGroup("DU-GIANGBIEN.office");
        complete(task(round));
        // the appraisal commits on its own; the members are put on the list in the next transaction
        assertThat(taskQuery().processInstanceId(round.getId()).count()).isZero();
        assertThat(requests.calls).isEmpty();
        ProcessJobs.runContinuations(managementService());
        assertThat(round).isWaitingAt("Task_AwaitDecision");
        assertThat(requests.calls).singleElement().asString().startsWith("asked MEMBER CB-TDP01 ")
                .contains("DV0020", "DV0023");
        DecisionRequestsStub.answer(round);

        assertThat(steps).last().isEqualTo("members notified");
        assertThat(round).isEnded().hasPassed("EndEvent_RoundDecided");
    }

    @Test
    void atTheDeadlineTheBodyMeetsOverEveryoneReadyAndTheRoundWaitsForItsAnswer() {
        ProcessInstance round = start(1);
        complete(task(CalledProcessStub.TASK, calledProcessInstance("secretBallot", round)),
                withVariables("ballotSessionId", "S1", "ballotResult", "{}"));
        complete(task(round), withVariables("cellDisciplined", "KHONG"));
        complete(task(round));
        ProcessJobs.runContinuations(managementService());

        execute(job("Timer_DecisionDeadline", round));

        assertThat(requests.calls).last().isEqualTo("convened due");
        assertThat(round).hasPassed("EndEvent_ConvenedDue").isWaitingAt("Task_AwaitDecision");
        DecisionRequestsStub.answer(round);
        assertThat(round).isEnded();
    }

    private static ProcessInstance start(int round) {
        return runtimeService().startProcessInstanceByKey("cellMembersRound", "org CB-TDP01",
                Map.of("campaignId", "1", "orgCode", "CB-TDP01", "cellRound", round));
    }
}
