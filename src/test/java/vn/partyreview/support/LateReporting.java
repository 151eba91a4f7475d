package vn.partyreview.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import vn.partyreview.campaign.FixedSchedule;

/**
 * For the model tests of a subject's process that reports lateness through {@code latenessEscalation}, which the test
 * stubs with one task: the engine, its set-up with one deadline for everything, and the check of a lateness report.
 */
public final class LateReporting {

    public static final String ESCALATION = "latenessEscalation";

    private LateReporting() {
    }

    /** The process-test engine, which needs 90 % of the model under test walked; the stubbed escalation not. */
    public static ProcessEngineCoverageExtension engine() {
        return ProcessEngineCoverageExtension.builder().configurationResource("process-test.cfg.xml")
                .excludeProcessDefinitionKeys(ESCALATION).assertClassCoverageAtLeast(0.9).build();
    }

    /**
     * Assertions on the engine, business keys as the application sets them, every deadline at {@code deadline}, and
     * the escalation stubbed; returns the stub's deployment, for {@link #reset}.
     */
    public static String prepare(ProcessEngineCoverageExtension engine, String deadline) {
        BpmnAwareTests.init(engine.getProcessEngine());
        ProcessTestBusinessKeys.register();
        Mocks.register("campaignSchedule", new FixedSchedule(deadline));
        return repositoryService().createDeployment().name("stub-" + ESCALATION).addModelInstance(
                ESCALATION + "-stub.bpmn", Bpmn.createExecutableProcess(ESCALATION).camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Task_Stub").endEvent().done()).deploy().getId();
    }

    public static void reset(String stubDeployment) {
        repositoryService().deleteDeployment(stubDeployment, true);
        Mocks.reset();
    }

    /** The instance called the escalation about this subject of this organisation; the stub's one task is done. */
    public static void reported(ProcessInstance instance, String subjectType, String subjectCode, String orgCode) {
        ProcessInstance escalation = calledProcessInstance(ESCALATION, instance);
        assertThat(runtimeService().getVariables(escalation.getId())).containsAllEntriesOf(Map.of(
                "lateSubjectType", subjectType, "lateSubjectCode", subjectCode, "orgCode", orgCode));
        complete(task(escalation));
    }
}
