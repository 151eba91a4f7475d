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
import java.util.HashMap;
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
import vn.partyreview.support.ProcessTestBusinessKeys;

@Deployment(resources = "processes/leadership-collective.bpmn")
class LeadershipCollectiveProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .excludeProcessDefinitionKeys("latenessEscalation", "collectiveReview")
            .assertClassCoverageAtLeast(0.95).build();

    private final List<String> steps = new ArrayList<>();
    private final List<String> stubDeployments = new ArrayList<>();
    private final DecisionRequestsStub requests = new DecisionRequestsStub();
    private final Map<String, Object> records = new HashMap<>(Map.of("headUserId", "dungpv",
            "appraisingGroup", "DU-GIANGBIEN.office", "opinionBodyCodes", List.of()));

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ProcessTestBusinessKeys.register();
        Mocks.register("campaignSchedule", new FixedSchedule("2025-12-15T00:00:00+07:00"));
        Mocks.register("campaignSubjects", new StoredGradingInput());
        Mocks.register("decisionRequests", requests);
        Mocks.register("loadCollective", (JavaDelegate) execution -> {
            steps.add("loaded " + execution.getVariable("collectiveCode"));
            execution.setVariable("collectiveName", "Ban Thường trực UB MTTQ phường Giang Biên");
        });
        Mocks.register("assignments", TestAssignments.answering(records));
        Mocks.register("recordCollectiveSelfAssessment", (JavaDelegate) execution ->
                steps.add("self-assessment " + execution.getVariable("proposedLevel")));
        Mocks.register("recordOpinion", (TaskListener) task ->
                steps.add("opinion of " + task.getVariable("bodyCode") + " " + task.getVariable("opinionLevel")));
        Mocks.register("notifyCollectiveResult", (JavaDelegate) execution -> steps.add("notified"));
        stubDeployments.add(CalledProcessStub.deploy(repositoryService(), "latenessEscalation"));
        stubDeployments.add(CalledProcessStub.deploy(repositoryService(), "collectiveReview"));
    }

    @AfterEach
    void reset() {
        stubDeployments.forEach(id -> repositoryService().deleteDeployment(id, true));
        Mocks.reset();
    }

    @Test
    void theCollectiveHoldsItsReviewThenTheHeadSelfAssessesTheOfficeAppraisesAndItsBodyDecides() {
        ProcessInstance instance = start();

        // the review meeting with its 3 working days' notice, of this collective, under its name
        ProcessInstance review = calledProcessInstance("collectiveReview", instance);
        assertThat(runtimeService().getVariables(review.getId())).containsAllEntriesOf(Map.of(
                "campaignId", "1", "orgCode", "DU-GIANGBIEN", "collectiveCode", "BTT-MTTQ-GIANGBIEN",
                "orgName", "Ban Thường trực UB MTTQ phường Giang Biên"));
        assertThat(review.getBusinessKey()).isEqualTo("collective BTT-MTTQ-GIANGBIEN");
        complete(task(CalledProcessStub.TASK, review));

        assertThat(task(instance)).hasDefinitionKey("Task_SelfAssessCollective").isAssignedTo("dungpv");
        complete(task(instance), withVariables("proposedLevel", "HTTNV"));

        // nobody above gives an opinion on this one: straight to the appraisal
        assertThat(task(instance)).hasDefinitionKey("Task_AppraiseCollective").hasCandidateGroup("DU-GIANGBIEN.office");
        complete(task(instance), withVariables("dossierComplete", true, "appraisalNotes", "Đầy đủ"));
        assertThat(requests.calls).isEmpty();
        execute(job("Task_AppraiseCollective", instance));

        assertThat(instance).isWaitingAt("Task_AwaitDecision");
        assertThat(requests.calls).containsExactly("asked LEADERSHIP_COLLECTIVE BTT-MTTQ-GIANGBIEN");
        DecisionRequestsStub.answer(instance);

        assertThat(instance).isEnded().hasPassed("Gateway_OpinionsDone", "Task_NotifyCollectiveResult",
                "EndEvent_CollectiveGraded").hasNotPassed("Task_GiveOpinion", "Call_EscalateGradingLate");
        assertThat(steps).containsExactly("loaded BTT-MTTQ-GIANGBIEN", "self-assessment HTTNV", "notified");
    }

    @Test
    void theRelatedBodiesAboveGiveTheirOpinionsBeforeTheAppraisal() {
        records.put("opinionBodyCodes", List.of("MTTQ-LONGBIEN"));
        ProcessInstance instance = start();
        complete(task(CalledProcessStub.TASK, calledProcessInstance("collectiveReview", instance)));
        complete(task(instance), withVariables("proposedLevel", "HTTNV"));

        assertThat(task(instance)).hasDefinitionKey("Task_GiveOpinion").hasCandidateGroup("MTTQ-LONGBIEN.leaders");
        complete(task(instance), withVariables("opinionLevel", "HTTNV", "opinionComment", "Hoàn thành tốt"));

        assertThat(task(instance)).hasDefinitionKey("Task_AppraiseCollective");
        assertThat(steps).contains("opinion of MTTQ-LONGBIEN HTTNV");
        complete(task(instance), withVariables("dossierComplete", true, "appraisalNotes", "Đầy đủ"));
        execute(job("Task_AppraiseCollective", instance));
        DecisionRequestsStub.answer(instance);

        assertThat(instance).isEnded().hasPassed("Task_GiveOpinion", "EndEvent_CollectiveGraded");
    }

    @Test
    void aDecisionStillPendingAtTheDeadlineIsReportedAndTheDecisionGoesOn() {
        ProcessInstance instance = start();
        complete(task(CalledProcessStub.TASK, calledProcessInstance("collectiveReview", instance)));
        complete(task(instance), withVariables("proposedLevel", "HTNV"));
        complete(task(instance), withVariables("dossierComplete", true, "appraisalNotes", "Đầy đủ"));
        execute(job("Task_AppraiseCollective", instance));

        execute(job("Timer_GradingDeadline", instance));

        assertThat(instance).isWaitingAt("Task_AwaitDecision", "Call_EscalateGradingLate");
        assertThat(requests.calls).endsWith("convened due");
        ProcessInstance escalation = calledProcessInstance("latenessEscalation", instance);
        assertThat(runtimeService().getVariables(escalation.getId())).containsAllEntriesOf(Map.of(
                "lateSubjectType", "LEADERSHIP_COLLECTIVE", "lateSubjectCode", "BTT-MTTQ-GIANGBIEN",
                "orgCode", "DU-GIANGBIEN"));
        complete(task(CalledProcessStub.TASK, escalation));
        DecisionRequestsStub.answer(instance);

        assertThat(instance).isEnded().hasPassed("EndEvent_GradingLateReported", "EndEvent_CollectiveGraded");
    }

    private static ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("leadershipCollective", Map.of(
                "campaignId", "1", "orgCode", "DU-GIANGBIEN", "collectiveCode", "BTT-MTTQ-GIANGBIEN"));
        assertThat(instance).isWaitingAt("Task_LoadCollective");
        execute(job("Task_LoadCollective", instance));
        return instance;
    }
}
