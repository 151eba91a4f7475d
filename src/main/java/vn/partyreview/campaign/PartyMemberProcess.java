package vn.partyreview.campaign;

import static vn.partyreview.process.ProcessContract.CAMPAIGN_ID;
import static vn.partyreview.process.ProcessContract.MEMBER_CODE;
import static vn.partyreview.process.ProcessContract.ORG_CODE;

import vn.partyreview.process.ProcessContract;

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
    /** The member's name, for task names. */
    public static final String MEMBER_NAME = "memberName";
    /** Shown by the Mẫu 02 and the proposal forms to ask for the civil-servant level; routing reads the records. */
    public static final String CIVIL_SERVANT = "civilServant";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, ORG_CODE, MEMBER_CODE)
            .owned(MEMBER_NAME, CIVIL_SERVANT)
            .userTask(WRITE_SELF_REVIEW_TASK, MemberForms.MAU_02)
            .userTask(RATE_CIVIL_SERVANT_TASK, "civilServantManagerComment", "civilServantLevel")
            .userTask(RESIDENCE_COMMENT_TASK, "residenceCivicDuty", "residenceEthics", "residenceCulturalFamily",
                    "residenceMeetings", "residenceAntiDegradation", "residenceExample", "residenceNotes",
                    "residenceCommitteeConfirmation")
            .userTask(REVIEW_MEETING_TASK, MemberForms.REVIEW_MEETING)
            .userTask(SELF_ASSESS_TASK, MemberForms.MAU_02)
            .userTask(PROPOSE_LEVEL_TASK, "committeeComment", "committeeProposedLevel")
            .build();

    private PartyMemberProcess() {
    }
}
