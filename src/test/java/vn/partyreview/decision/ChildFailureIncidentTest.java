package vn.partyreview.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.partyreview.campaign.FixedSchedule;
import vn.partyreview.campaign.StoredGradingInput;
import vn.partyreview.subjects.TaskAssignments;
import vn.partyreview.grading.DecidedLevels;
import vn.partyreview.grading.DecisionRecord;
import vn.partyreview.grading.DecisionSubjects;
import vn.partyreview.grading.GradingInputReader;
import vn.partyreview.grading.GradingService;
import vn.partyreview.grading.SubjectCeiling;
import vn.partyreview.grading.rules.GradingRuleSets;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.qd132.Qd132RuleSet;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.support.ProcessTestBusinessKeys;

/**
 * The appraising office's submission puts the cell's members on the list in a transaction of its own, and the session
 * convened for them prepares its list in another. A member whose
 * record is missing fails the session's list, as a Cockpit incident with the Vietnamese reason: the office's task
 * stays completed, and the session goes on once the record is there and the job is retried.
 */
@Deployment(resources = {"processes/cell-members-round.bpmn", "processes/decision-session.bpmn"})
class ChildFailureIncidentTest {

    private static final String MISSING = "DV-MISSING";

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml").build();

    private ProcessEngine engine;

    @BeforeEach
    void registerBeans() {
        engine = extension.getProcessEngine();
        for (String key : List.of("secretBallot")) {
            engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn",
                    Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
                            .userTask("Task_Stub").endEvent().done()).deploy();
        }
        ObjectMapper mapper = new ObjectMapper();
        GradingService grading = new GradingService(new GradingRuleSets(List.of(new Qd132RuleSet())));
        DecisionSubjects records = (campaignId, subjectType, subjectId) -> {
            if (MISSING.equals(subjectId)) {
                throw new IllegalStateException("Đối tượng " + subjectId + " chưa có trong đợt " + campaignId);
            }
            return new DecisionSubjects.DecisionSubject("QD132-2018",
                    "[{\"code\": \"nhiem-vu\", \"key\": true, \"rating\": \"TOT\"}]", null, "DU-1/MEMBER",
                    "DU-1.committee");
        };
        SubjectCeiling ceiling = new SubjectCeiling(records, grading,
                new GradingInputReader(mapper, Validation.buildDefaultValidatorFactory().getValidator()), mapper);
        DecidedLevels nothingDecided = new DecidedLevels() {
            @Override
            public List<Level> levelsInGroup(String campaignId, String quotaGroup) {
                return List.of();
            }

            @Override
            public void record(DecisionRecord decision) {
                throw new AssertionError("nothing is decided in this test");
            }
        };
        DecisionSessions sessions = new DecisionSessions(records, ceiling, grading, nothingDecided, null, mapper);
        DecisionBodies bodies = new DecisionBodies(records, mapper);
        Mocks.register("decisionBodies", bodies);
        Mocks.register("decisionRequests", new ConveningAtOnce(engine));
        Mocks.register("prepareDecisionSession", new PrepareDecisionSessionDelegate(sessions, bodies,
                new SessionVoters(engine.getIdentityService()), mapper, mock(OrganizationRepository.class),
                Duration.ofDays(7)));
        TaskAssignments assignments = mock(TaskAssignments.class);
        when(assignments.committeeGroup(any())).thenReturn("CB-1.committee");
        when(assignments.appraisingGroup(any())).thenReturn("DU-1.office");
        when(assignments.inspectionGroup(any())).thenReturn("DU-1.inspection");
        Mocks.register("recordFacts", (TaskListener) task -> { });
        Mocks.register("assignments", assignments);
        ProcessTestBusinessKeys.register();
        Mocks.register("campaignSchedule", new FixedSchedule("2025-12-15T00:00:00+07:00"));
        Mocks.register("campaignSubjects", new StoredGradingInput());
        Mocks.register("prepareBallot", (JavaDelegate) execution -> execution.setVariable("gradedMemberCodes",
                new ArrayList<>(List.of("DV0020", MISSING))));
        Mocks.register("recordBallotResult", (JavaDelegate) execution -> { });
        Mocks.register("notifyMemberResults", (JavaDelegate) execution -> { });
    }

    @AfterEach
    void reset() {
        engine.getRepositoryService().createDeploymentQuery().list().stream()
                .filter(deployment -> deployment.getName() == null)
                .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
        Mocks.reset();
    }

    @Test
    void aMissingMemberRecordBecomesAnIncidentWhileTheOfficesAppraisalStaysCommitted() {
        // the cell's first ballot round over its members, as the cell opens it
        ProcessInstance cell = engine.getRuntimeService().startProcessInstanceByKey("cellMembersRound", Map.of(
                "campaignId", "1", "orgCode", "CB-1", "cellRound", 1));
        runJobs();
        completeStub("secretBallot");
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery()
                .taskDefinitionKey("Task_RecordInspectionConclusions").singleResult().getId());
        String appraisal = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_AppraiseCellReport")
                .singleResult().getId();

        engine.getTaskService().complete(appraisal, Map.of("dossierComplete", true));
        runJobs();
        Job failing = engine.getManagementService().createJobQuery().activityId("Task_PrepareList")
                .withRetriesLeft().singleResult();
        engine.getManagementService().setJobRetries(failing.getId(), 1);
        assertThatThrownBy(() -> engine.getManagementService().executeJob(failing.getId()))
                .hasMessageContaining("Đối tượng DV-MISSING chưa có trong đợt 1");

        HistoricTaskInstance office = engine.getHistoryService().createHistoricTaskInstanceQuery()
                .taskId(appraisal).singleResult();
        assertThat(office.getEndTime()).isNotNull();
        assertThat(office.getDeleteReason()).isEqualTo("completed");
        // the session's incident; Cockpit also shows it on the cell's call activity, pointing to this cause
        Incident incident = engine.getRuntimeService().createIncidentQuery().activityId("Task_PrepareList")
                .singleResult();
        assertThat(incident.getIncidentMessage()).isEqualTo("Đối tượng DV-MISSING chưa có trong đợt 1");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cell.getId())
                .activityIdIn("Task_AwaitDecision").count()).isEqualTo(1);
    }

    /** Convenes the cell's session as soon as it asks, as a group of one cell complete at once would. */
    public static class ConveningAtOnce {

        private final ProcessEngine engine;

        ConveningAtOnce(ProcessEngine engine) {
            this.engine = engine;
        }

        public void requestFor(DelegateExecution execution, String subjectType, String unitCode, Object subjectIds) {
            engine.getRuntimeService().startProcessInstanceByKey(DecisionSessionProcess.PROCESS_KEY, Map.of(
                    DecisionSessionProcess.CAMPAIGN_ID, execution.getVariable(DecisionSessionProcess.CAMPAIGN_ID),
                    DecisionSessionProcess.ORG_CODE, "DU-1", DecisionSessionProcess.SUBJECT_TYPE, subjectType,
                    DecisionSessionProcess.SUBJECT_IDS, subjectIds));
        }
    }

    private void completeStub(String key) {
        engine.getTaskService().createTaskQuery().processDefinitionKey(key).list()
                .forEach(task -> engine.getTaskService().complete(task.getId()));
    }

    /** Every continuation due, each in its own transaction as the job executor runs them; failures stay as jobs. */
    private void runJobs() {
        List<Job> jobs;
        while (!(jobs = engine.getManagementService().createJobQuery().messages().executable().list()).isEmpty()) {
            for (Job job : jobs) {
                try {
                    engine.getManagementService().executeJob(job.getId());
                } catch (RuntimeException expectedForTheMissingMember) {
                    // the retry cycle puts the job off: it leaves the executable ones
                }
            }
        }
    }
}
