package vn.partyreview.review;

import static vn.partyreview.process.ProcessContract.CAMPAIGN_ID;
import static vn.partyreview.process.ProcessContract.MEMBER_CODE;
import static vn.partyreview.process.ProcessContract.ORG_CODE;

import java.util.stream.IntStream;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.subjects.TaskAssignments;

/**
 * The contract of {@code processes/party-member.bpmn}: one member's review. Who does each task and which way the
 * gateways go are read from the records through {@link TaskAssignments}.
 */
public final class PartyMemberProcess {

    public static final String PROCESS_KEY = "partyMember";
    public static final String WRITE_SELF_REVIEW_TASK = "Task_WriteSelfReview";
    public static final String RATE_CIVIL_SERVANT_TASK = "Task_RateCivilServant";
    public static final String RESIDENCE_COMMENT_TASK = "Task_CommentFromResidence";
    public static final String REVIEW_MEETING_TASK = "Task_RecordReviewMeeting";
    public static final String SELF_ASSESS_TASK = "Task_SelfAssess";
    public static final String PROPOSE_LEVEL_TASK = "Task_ProposeLevel";
    public static final String TEMPORARY_CELL_COMMENT_TASK = "Task_CommentFromTemporaryCell";
    public static final String PREVIOUS_CELL_COMMENT_TASK = "Task_RecordPreviousCellComment";
    /** The 12 monthly civil-servant ratings of the agency head's form, {@code civilServantMonth01} to {@code 12}. */
    static final String[] CIVIL_SERVANT_MONTHS = IntStream.rangeClosed(1, 12)
            .mapToObj(month -> "civilServantMonth%02d".formatted(month)).toArray(String[]::new);
    /** The member's name, for task names. */
    public static final String MEMBER_NAME = "memberName";
    /** Shown by the Mẫu 02 and the proposal forms to ask for the civil-servant level; routing reads the records. */
    public static final String CIVIL_SERVANT = "civilServant";
    /** Sent by the cell once its collective review meeting is held: the member's own review meeting may follow. */
    public static final String CELL_MEETING_HELD_MESSAGE = "cellMeetingHeld";
    /** The cell a member was transferred from, for the previous cell's comment form; set only when one is needed. */
    public static final String PREVIOUS_CELL_NAME = "previousCellName";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, ORG_CODE, MEMBER_CODE)
            .owned(MEMBER_NAME, CIVIL_SERVANT, PREVIOUS_CELL_NAME, CellMembersRoundProcess.ROUND)
            // set on the Mẫu 02 tasks from the records, read by the form's conditions only
            .owned(RuleSetFormVariables.POINTS_BASED, RuleSetFormVariables.SELF_REVIEW_TEMPLATE,
                    RuleSetFormVariables.QUARTERLY_RESULTS, RuleSetFormVariables.MEMBER_SECTOR)
            .userTask(WRITE_SELF_REVIEW_TASK, MemberForms.MAU_02)
            .userTask(RATE_CIVIL_SERVANT_TASK, "civilServantManagerComment", "civilServantLevel")
            .userTask(RATE_CIVIL_SERVANT_TASK, CIVIL_SERVANT_MONTHS)
            .userTask(RESIDENCE_COMMENT_TASK, "residenceCivicDuty", "residenceEthics", "residenceCulturalFamily",
                    "residenceMeetings", "residenceAntiDegradation", "residenceExample", "residenceNotes",
                    "residenceCommitteeConfirmation")
            .userTask(REVIEW_MEETING_TASK, MemberForms.REVIEW_MEETING)
            .userTask(SELF_ASSESS_TASK, MemberForms.MAU_02)
            .userTask(PROPOSE_LEVEL_TASK, "committeeComment", "committeeProposedLevel", "sickLeaveMonths",
                    "maternityLeaveMonths")
            .userTask(TEMPORARY_CELL_COMMENT_TASK, "temporaryCellComment")
            .userTask(PREVIOUS_CELL_COMMENT_TASK, "previousCellComment")
            .build();

    private PartyMemberProcess() {
    }
}
