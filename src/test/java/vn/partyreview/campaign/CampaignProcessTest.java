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

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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
import vn.partyreview.support.ProcessTestBusinessKeys;

@Deployment(resources = "processes/campaign.bpmn")
class CampaignProcessTest {

    private static final List<String> CALLED = List.of("partyOrganization", "latenessEscalation");
    private static final String DECISION_DEADLINE = "2025-12-25T00:00:00+07:00";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .excludeProcessDefinitionKeys(CALLED.toArray(String[]::new))
            .assertClassCoverageAtLeast(0.9).build();

    private final List<String> steps = new ArrayList<>();
    private final List<String> stubDeployments = new ArrayList<>();

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ProcessTestBusinessKeys.register();
        Mocks.register("campaignSchedule", new FixedSchedule(DECISION_DEADLINE));
        Mocks.register("openCampaign", (JavaDelegate) execution -> {
            steps.add("opened " + execution.getVariable("year") + " " + execution.getVariable("rootOrgCode"));
            execution.setVariable("campaignId", "7");
            execution.setVariable("ruleSet", "QD132-2018");
        });
        Mocks.register("closeCampaign", (JavaDelegate) execution -> steps.add("closed"));
        CALLED.forEach(key -> stubDeployments.add(CalledProcessStub.deploy(repositoryService(), key)));
    }

    @AfterEach
    void reset() {
        stubDeployments.forEach(id -> repositoryService().deleteDeployment(id, true));
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void theCampaignIsOpenedRunsOverTheRootOrganisationAndIsClosed() {
        ProcessInstance instance = start();

        assertThat(steps).containsExactly("opened 2025 DU-GIANGBIEN");
        ProcessInstance root = calledProcessInstance("partyOrganization", instance);
        assertThat(runtimeService().getVariables(root.getId()))
                .containsAllEntriesOf(Map.of("campaignId", "7", "orgCode", "DU-GIANGBIEN"))
                .doesNotContainKey("ruleSet");
        complete(task(CalledProcessStub.TASK, root));

        assertThat(instance).isEnded().hasPassed("EndEvent_CampaignClosed");
        assertThat(steps).last().isEqualTo("closed");
    }

    @Test
    void decisionsMissingOnTheDeadlineAreReportedAndTheCampaignGoesOn() {
        ProcessInstance instance = start();
        assertThat(job("Timer_DecisionDeadline", instance).getDuedate())
                .isEqualTo(Date.from(OffsetDateTime.parse(DECISION_DEADLINE).toInstant()));

        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2025-12-26T08:00:00+07:00").toInstant()));
        execute(job("Timer_DecisionDeadline", instance));

        ProcessInstance escalation = calledProcessInstance("latenessEscalation", instance);
        assertThat(runtimeService().getVariables(escalation.getId())).containsAllEntriesOf(Map.of(
                "orgCode", "DU-GIANGBIEN", "lateSubjectCode", "DU-GIANGBIEN", "lateStage", "Quyết định xếp loại"));
        complete(task(CalledProcessStub.TASK, escalation));
        complete(task(CalledProcessStub.TASK, calledProcessInstance("partyOrganization", instance)));

        assertThat(instance).isEnded().hasPassed("EndEvent_DecisionLateReported", "EndEvent_CampaignClosed");
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("campaign",
                Map.of("year", 2025, "rootOrgCode", "DU-GIANGBIEN"));
    }
}
