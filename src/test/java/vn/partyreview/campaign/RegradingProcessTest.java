package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Re-grading [P II.6]: cancelled with its reasons, told, decided again in a new session over that one subject, told. */
@Deployment(resources = "processes/regrading.bpmn")
class RegradingProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .excludeProcessDefinitionKeys("decisionSession")
            .assertClassCoverageAtLeast(0.9).build();

    private static final Map<String, Object> START = Map.of("campaignId", "7", "subjectType", "MEMBER",
            "subjectCode", "DV0023", "regradingReasons", "Phát hiện vi phạm sau khi xếp loại");

    private final List<String> steps = new ArrayList<>();
    private String stubDeployment;

    private boolean refuse;

    /** Stands in for the bean {@code regradings}. */
    public static class Records {

        public String sessionOrganization(String campaignId, String subjectType, String subjectCode) {
            return "CB-TDP01";
        }
    }

    /** Stands in for the bean {@code resultNotifications}. */
    public class Told {

        public void notifyCancelled(String campaignId, String subjectType, String subjectCode) {
            steps.add("told cancelled " + subjectCode);
        }

        public void notifyCurrent(String campaignId, String subjectType, String subjectCode) {
            steps.add("told result " + subjectCode);
        }
    }

    @BeforeEach
    void registerBeans() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("recordRegradingCancellation", (JavaDelegate) execution -> {
            if (refuse) {
                throw new BadUserRequestException("Chỉ thành viên cấp có thẩm quyền mới được hủy kết quả.");
            }
            steps.add("cancelled " + execution.getVariable("campaignId") + " " + execution.getVariable("subjectType")
                    + " " + execution.getVariable("subjectCode") + ": " + execution.getVariable("regradingReasons"));
        });
        Mocks.register("regradings", new Records());
        Mocks.register("resultNotifications", new Told());
        Mocks.register("decisionBodies", new SessionLists());
        stubDeployment = CalledProcessStub.deploy(repositoryService(), "decisionSession");
    }

    @AfterEach
    void reset() {
        repositoryService().deleteDeployment(stubDeployment, true);
        Mocks.reset();
    }

    @Test
    void theResultIsCancelledAndToldThenANewSessionDecidesTheOneSubjectAndTheNewResultIsTold() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("regrading", START);

        assertThat(steps).containsExactly("cancelled 7 MEMBER DV0023: Phát hiện vi phạm sau khi xếp loại",
                "told cancelled DV0023");
        ProcessInstance session = calledProcessInstance("decisionSession", instance);
        assertThat(runtimeService().getVariables(session.getId())).containsAllEntriesOf(Map.of(
                "campaignId", "7", "subjectType", "MEMBER", "orgCode", "CB-TDP01",
                "decisionSubjectIds", List.of("DV0023")))
                .doesNotContainKeys("regradingReasons", "subjectCode", "decidingGroup", "quotaGroup");

        complete(task(CalledProcessStub.TASK, session));

        assertThat(instance).isEnded().hasPassedInOrder("Task_RecordCancellation", "Task_NotifyCancellation",
                "Call_NewDecisionSession", "Task_NotifyNewResult", "EndEvent_Regraded");
        assertThat(steps).last().isEqualTo("told result DV0023");
    }

    @Test
    void aRefusedCancellationStartsNothing() {
        refuse = true;

        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("regrading", START))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("cấp có thẩm quyền");

        assertThat(steps).isEmpty();
        assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey("regrading").count())
                .isZero();
    }
}
