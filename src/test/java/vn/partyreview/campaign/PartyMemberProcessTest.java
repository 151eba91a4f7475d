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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
import vn.partyreview.review.CellMeetings;
import vn.partyreview.review.CellRounds;
import vn.partyreview.review.PartyMemberProcess;
import vn.partyreview.support.ProcessTestBusinessKeys;

@Deployment(resources = "processes/party-member.bpmn")
class PartyMemberProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .assertClassCoverageAtLeast(0.9).build();

    private final Map<String, Object> member = new HashMap<>();
    private final List<Object> recordedMembers = new ArrayList<>();
    private final List<String> factsRecordedAt = new ArrayList<>();
    private boolean cellMeetingHeld = true;
    private Integer lateRound;
    private String roundStub;

    /** Stands in for {@link CellMeetings}: whether the cell's collective review meeting is on record. */
    public class Meetings {
        public boolean held(String campaignId, String cellCode) {
            return cellMeetingHeld;
        }
    }

    /** Stands in for {@link CellRounds}: the later round the member is put on, none when the first takes her. */
    public class Rounds {
        public void openLater(DelegateExecution execution) {
            execution.setVariableLocal("cellRound", lateRound);
        }
    }

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        member.putAll(Map.of("memberName", "Nguyễn Thị Lợi", "memberUserId", "loint", "reviewed", true,
                "graded", true, "civilServant", false, "agencyHeadGroup", "CB-TDP01.committee",
                "hasResidenceCell", false, "chairUserId", "binhnv", "cellCommitteeGroup", "CB-TDP01.committee"));
        Mocks.register("loadMember", (JavaDelegate) execution -> execution.setVariable("memberName",
                member.get("memberName")));
        Mocks.register("assignments", TestAssignments.answering(member));
        Mocks.register("recordFacts", (TaskListener) task -> factsRecordedAt.add(task.getTaskDefinitionKey()));
        Mocks.register("recordMemberReview",
                (JavaDelegate) execution -> recordedMembers.add(execution.getVariable("memberCode")));
        Mocks.register("cellMeetings", new Meetings());
        Mocks.register("cellRounds", new Rounds());
        ProcessTestBusinessKeys.register();
        roundStub = CalledProcessStub.deploy(repositoryService(), "cellMembersRound");
    }

    @AfterEach
    void reset() {
        repositoryService().deleteDeployment(roundStub, true);
        Mocks.reset();
    }

    @Test
    void theMemberWritesMau02WhileTheCellPreparesAndHerMeetingWaitsForTheCells() {
        cellMeetingHeld = false;
        member.put("graded", false);

        ProcessInstance instance = start();
        complete(task("Task_WriteSelfReview", instance));

        assertThat(instance).isWaitingAt("Event_CellMeetingHeld").isNotWaitingAt("Task_RecordReviewMeeting");
        runtimeService().createMessageCorrelation(PartyMemberProcess.CELL_MEETING_HELD_MESSAGE)
                .processInstanceVariableEquals("orgCode", "CB-TDP01").correlateAll();
        assertThat(task(instance)).hasDefinitionKey("Task_RecordReviewMeeting");
    }

    @Test
    void aMemberReadyAfterHerCellsFirstRoundIsBallotedAndDecidedInALaterRoundOfHerOwn() {
        lateRound = 2;
        member.put("graded", false);

        ProcessInstance instance = start();
        complete(task(instance));
        complete(task("Task_RecordReviewMeeting", instance));

        assertThat(instance).hasPassed("Task_RecordMemberReview", "Task_PlaceOnLateRound").isWaitingAt("Call_LateRound");
        execute(job("Call_LateRound", instance));
        ProcessInstance round = calledProcessInstance("cellMembersRound", instance);
        assertThat(round.getBusinessKey()).isEqualTo("org CB-TDP01");
        assertThat(runtimeService().getVariables(round.getId())).containsAllEntriesOf(Map.of(
                "campaignId", "1", "orgCode", "CB-TDP01", "cellRound", 2));
        complete(task(CalledProcessStub.TASK, round));
        assertThat(instance).isEnded().hasPassed("EndEvent_MemberReviewed");
    }

    @Test
    void anExemptOrSuspendedMemberIsNotReviewed() {
        member.put("reviewed", false);
        member.put("graded", false);

        ProcessInstance instance = start();

        assertThat(instance).isEnded().hasPassed("EndEvent_NotReviewed").hasNotPassed("Task_WriteSelfReview");
        assertThat(recordedMembers).isEmpty();
    }

    @Test
    void aCivilServantLivingElsewhereIsRatedAndCommentedOnBeforeTheMeetingThenSelfAssessesAndIsProposed() {
        member.putAll(Map.of("civilServant", true, "agencyHeadGroup", "UBND-GIANGBIEN.head",
                "hasResidenceCell", true, "residenceCommitteeGroup", "CB-TDP02.committee"));

        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt("Task_WriteSelfReview", "Task_RateCivilServant", "Task_CommentFromResidence");
        assertThat(task("Task_WriteSelfReview", instance)).isAssignedTo("loint");
        assertThat(task("Task_RateCivilServant", instance)).hasCandidateGroup("UBND-GIANGBIEN.head");
        assertThat(task("Task_CommentFromResidence", instance)).hasCandidateGroup("CB-TDP02.committee");
        complete(task("Task_WriteSelfReview", instance), withVariables("proposedMemberLevel", "HTTNV"));
        complete(task("Task_RateCivilServant", instance), withVariables("civilServantLevel", "HTTNV"));
        assertThat(instance).isWaitingAt("Task_CommentFromResidence").isNotWaitingAt("Task_RecordReviewMeeting");
        complete(task("Task_CommentFromResidence", instance), withVariables("residenceCivicDuty", "TOT"));

        assertThat(task(instance)).hasDefinitionKey("Task_RecordReviewMeeting").isAssignedTo("binhnv");
        complete(task(instance));
        assertThat(task(instance)).hasDefinitionKey("Task_SelfAssess").isAssignedTo("loint");
        complete(task(instance), withVariables("dutiesRating", "TOT"));
        assertThat(task(instance)).hasDefinitionKey("Task_ProposeLevel").hasCandidateGroup("CB-TDP01.committee");
        complete(task(instance), withVariables("committeeProposedLevel", "HTTNV"));

        assertThat(instance).isEnded().hasPassed("Task_RecordMemberReview", "EndEvent_MemberReviewed");
        assertThat(recordedMembers).containsExactly("DV0023");
        assertThat(factsRecordedAt).containsExactly("Task_RateCivilServant", "Task_ProposeLevel");
    }

    @Test
    void theTemporaryCellAndThePreviousCellCommentBeforeTheMeeting() {
        member.putAll(Map.of("temporaryCellCommitteeGroup", "CB-SONGDUONG.committee",
                "previousCellName", "Chi bộ Trường THCS Ngọc Thụy"));

        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt("Task_WriteSelfReview", "Task_CommentFromTemporaryCell",
                "Task_RecordPreviousCellComment");
        assertThat(task("Task_CommentFromTemporaryCell", instance)).hasCandidateGroup("CB-SONGDUONG.committee");
        assertThat(task("Task_RecordPreviousCellComment", instance)).hasCandidateGroup("CB-TDP01.committee");
        complete(task("Task_WriteSelfReview", instance));
        complete(task("Task_CommentFromTemporaryCell", instance),
                withVariables("temporaryCellComment", "Tích cực tham gia sinh hoạt"));
        assertThat(instance).isNotWaitingAt("Task_RecordReviewMeeting");
        complete(task("Task_RecordPreviousCellComment", instance),
                withVariables("previousCellComment", "Hoàn thành tốt nhiệm vụ ở chi bộ cũ"));

        assertThat(task(instance)).hasDefinitionKey("Task_RecordReviewMeeting");
        assertThat(factsRecordedAt).containsExactly("Task_CommentFromTemporaryCell", "Task_RecordPreviousCellComment");
    }

    @Test
    void aMemberAdmittedLessThanSixMonthsAgoIsReviewedButNotGraded() {
        member.put("graded", false);

        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt("Task_WriteSelfReview").isNotWaitingAt("Task_RateCivilServant");
        complete(task(instance));
        complete(task("Task_RecordReviewMeeting", instance));

        assertThat(instance).isEnded().hasNotPassed("Task_SelfAssess", "Task_ProposeLevel")
                .hasPassed("Task_RecordMemberReview");
        assertThat(recordedMembers).containsExactly("DV0023");
    }

    /**
     * Starts with what the cell maps in. The loader runs in the transaction that starts the instance: the cell's
     * multi-instance element job, whose failure is this member's alone; no job of its own.
     */
    private static ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("partyMember",
                Map.of("campaignId", "1", "orgCode", "CB-TDP01", "memberCode", "DV0023"));
        assertThat(instance).hasPassed("Task_LoadMember");
        assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
        return instance;
    }
}
