package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

@Deployment(resources = "processes/lateness-escalation.bpmn")
class LatenessEscalationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .assertClassCoverageAtLeast(0.9).build();

    private final List<String> recorded = new ArrayList<>();

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("recordLateness",
                (JavaDelegate) execution -> recorded.add((String) execution.getVariable("lateSubjectCode")));
        Mocks.register("assignments", TestAssignments.answering(Map.of("supervisorGroup", "DU-GIANGBIEN.supervisor")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void theLatenessIsRecordedThenTheSupervisorsAboveFollowItUp() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("latenessEscalation", Map.of(
                "campaignId", "1", "lateSubjectType", "PARTY_ORGANIZATION", "lateSubjectCode", "CB-TDP01",
                "lateStage", "Kiểm điểm đảng viên", "orgCode", "CB-TDP01"));

        assertThat(recorded).containsExactly("CB-TDP01");
        assertThat(task(instance)).hasDefinitionKey("Task_FollowUpLateness")
                .hasCandidateGroup("DU-GIANGBIEN.supervisor");
        complete(task(instance), withVariables("followUpAction", "Đã gọi điện nhắc bí thư chi bộ"));

        assertThat(instance).isEnded().hasPassed("EndEvent_FollowedUp");
    }
}
