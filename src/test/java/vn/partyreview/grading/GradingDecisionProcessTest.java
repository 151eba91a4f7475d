package vn.partyreview.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.partyreview.grading.rules.GradingRuleSets;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.grading.rules.qd132.Qd132RuleSet;

@Deployment(resources = "processes/grading-decision.bpmn")
class GradingDecisionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .assertClassCoverageAtLeast(0.9).build();

    private static final String KEY_TOT_OTHERS_TOT = """
            [{"code": "nhiem-vu", "key": true, "rating": "TOT"}, {"code": "tu-tuong", "key": false, "rating": "TOT"}]""";
    private static final String KEY_XUAT_SAC_OTHERS_TOT = """
            [{"code": "nhiem-vu", "key": true, "rating": "XUAT_SAC"}, {"code": "tu-tuong", "key": false, "rating": "TOT"}]""";

    private final InMemoryDecidedLevels decisions = new InMemoryDecidedLevels();
    /** The records of each subject, by id: what the decision reads instead of process variables. */
    private final Map<String, DecisionSubjects.DecisionSubject> records = new HashMap<>();

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ObjectMapper mapper = new ObjectMapper();
        GradingService grading = new GradingService(new GradingRuleSets(List.of(new Qd132RuleSet())));
        GradingInputReader input = new GradingInputReader(mapper,
                Validation.buildDefaultValidatorFactory().getValidator());
        DecisionSubjects subjects = (campaignId, subjectType, subjectId) -> records.get(subjectId);
        SubjectCeiling ceiling = new SubjectCeiling(subjects, grading, input, mapper);
        Mocks.register("decisionSubjects", subjects);
        Mocks.register("computeCeiling", new ComputeCeilingDelegate(ceiling, mapper));
        Mocks.register("validateDecision", new ValidateDecisionDelegate(ceiling, grading, decisions, mapper));
        Mocks.register("recordDecision", new RecordDecisionDelegate(decisions, subjects));
        identityService().setAuthenticatedUserId("bi-thu-dang-uy");
    }

    @AfterEach
    void reset() {
        identityService().clearAuthentication();
        Mocks.reset();
    }

    @Test
    void aLevelAboveTheCeilingIsSentBackWithTheReasonThenAnAllowedLevelIsRecorded() {
        ProcessInstance instance = start("dv-001", KEY_TOT_OTHERS_TOT, "{\"sickLeaveMonths\": 1}");

        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DecideLevel");
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("dang-uy-phuong");
        assertThat(runtimeService().getVariable(instance.getId(), "ceilingLevel")).isEqualTo("HTTNV");
        assertThat(texts(runtimeService().getVariable(instance.getId(), "ceilingReasons")))
                .singleElement().asString().startsWith("Mục II.2.3.a: tiêu chí chủ yếu nhiem-vu chưa đạt mức Xuất sắc");

        decide(instance, Level.HTXSNV);

        BpmnAwareTests.assertThat(instance).hasPassed("Event_LevelNotAllowed").isWaitingAt("Task_DecideLevel");
        assertThat(texts(runtimeService().getVariable(instance.getId(), "decisionRejectedReasons")))
                .singleElement().asString()
                .contains("cao hơn mức tối đa theo tiêu chuẩn xếp loại (\"Hoàn thành tốt nhiệm vụ\")");
        assertThat(decisions.inForce()).isEmpty();

        decide(instance, Level.HTTNV);

        BpmnAwareTests.assertThat(instance).hasPassed("Task_RecordDecision").isEnded()
                .hasPassed("EndEvent_DecisionRecorded");
        assertThat(decisions.inForce()).singleElement().satisfies(decision -> {
            assertThat(decision.level()).isEqualTo(Level.HTTNV);
            assertThat(decision.subjectType()).isEqualTo(SubjectType.MEMBER);
            assertThat(decision.subjectId()).isEqualTo("dv-001");
            assertThat(decision.decidedBy()).isEqualTo("bi-thu-dang-uy");
            assertThat(decision.reasons()).isEqualTo("Biểu quyết bằng phiếu kín");
        });
    }

    @Test
    void anHtxsnvBeyondTheGroupQuotaIsSentBack() {
        for (Level level : List.of(Level.HTXSNV, Level.HTTNV, Level.HTTNV, Level.HTTNV)) {
            decisions.record(new DecisionRecord("2025", SubjectType.MEMBER, "other-" + decisions.inForce().size(),
                    "chi-bo-1", level, "bi-thu-dang-uy", Instant.now(), null));
        }
        ProcessInstance instance = start("dv-002", KEY_XUAT_SAC_OTHERS_TOT, null);
        assertThat(runtimeService().getVariable(instance.getId(), "ceilingLevel")).isEqualTo("HTXSNV");

        decide(instance, Level.HTXSNV);

        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DecideLevel");
        assertThat(texts(runtimeService().getVariable(instance.getId(), "decisionRejectedReasons")))
                .singleElement().asString().contains("QUOTA-20PCT-v1").contains("chỉ được tối đa 1");

        decide(instance, Level.HTTNV);

        BpmnAwareTests.assertThat(instance).isEnded();
        assertThat(decisions.levelsInGroup("2025", "chi-bo-1")).filteredOn(level -> level == Level.HTXSNV).hasSize(1);
    }

    @Test
    void aCeilingOrQuotaGroupSubmittedWithTheDecisionIsIgnored() {
        for (Level level : List.of(Level.HTXSNV, Level.HTTNV, Level.HTTNV, Level.HTTNV)) {
            decisions.record(new DecisionRecord("2025", SubjectType.MEMBER, "other-" + decisions.inForce().size(),
                    "chi-bo-1", level, "bi-thu-dang-uy", Instant.now(), null));
        }
        ProcessInstance instance = start("dv-005", KEY_TOT_OTHERS_TOT, null);

        complete(task(instance), withVariables("decidedLevel", "HTXSNV", "ceilingLevel", "HTXSNV",
                "quotaGroup", "nhom-moi", "ruleSet", "khac", "criteria", KEY_XUAT_SAC_OTHERS_TOT));

        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DecideLevel");
        assertThat(texts(runtimeService().getVariable(instance.getId(), "decisionRejectedReasons")))
                .anySatisfy(reason -> assertThat(reason).contains("cao hơn mức tối đa"))
                .anySatisfy(reason -> assertThat(reason).contains("QUOTA-20PCT-v1"));
        decide(instance, Level.HTTNV);
        assertThat(decisions.inForce()).filteredOn(decision -> decision.subjectId().equals("dv-005"))
                .singleElement().satisfies(decision -> assertThat(decision.quotaGroup()).isEqualTo("chi-bo-1"));
    }

    @Test
    void anAllowedDecisionIsRecordedDirectly() {
        ProcessInstance instance = start("dv-003", KEY_XUAT_SAC_OTHERS_TOT, null);

        decide(instance, Level.HTNV);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder(
                "Task_ComputeCeiling", "Task_DecideLevel", "Task_ValidateDecision", "Task_RecordDecision");
        BpmnAwareTests.assertThat(instance).hasNotPassed("Event_LevelNotAllowed");
        assertThat(decisions.inForce()).extracting(DecisionRecord::level).containsExactly(Level.HTNV);
    }

    @Test
    void aSubjectThatIsNotGradedEndsWithoutADecision() {
        ProcessInstance instance = start("dv-004", KEY_XUAT_SAC_OTHERS_TOT, "{\"monthsSinceAdmission\": 3}");

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_NotGraded").hasNotPassed("Task_DecideLevel");
        Object reasons = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("ceilingReasons").singleResult().getValue();
        assertThat(texts(reasons)).singleElement().asString().startsWith("Mục II.6: đảng viên mới kết nạp");
        assertThat(decisions.inForce()).isEmpty();
    }

    /** Records the subject, then starts its decision with only what a caller maps in: who is decided. */
    private ProcessInstance start(String subjectId, String criteria, String facts) {
        records.put(subjectId, new DecisionSubjects.DecisionSubject("QD132-2018", criteria, facts, "chi-bo-1",
                "dang-uy-phuong"));
        Map<String, Object> variables = new HashMap<>();
        variables.put("campaignId", "2025");
        variables.put("orgCode", "CB-1");
        variables.put("subjectType", "MEMBER");
        variables.put("subjectId", subjectId);
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("gradingDecision", variables);
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ComputeCeiling");
        execute(job());
        return instance;
    }

    private static void decide(ProcessInstance instance, Level level) {
        complete(task(instance), withVariables("decidedLevel", level.name(),
                "decisionRationale", "Biểu quyết bằng phiếu kín"));
    }

    private static List<String> texts(Object jsonList) {
        return ((SpinJsonNode) jsonList).elements().stream().map(SpinJsonNode::stringValue).toList();
    }
}
