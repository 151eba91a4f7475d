package vn.partyreview.campaign;

import static vn.partyreview.process.ProcessContract.CAMPAIGN_ID;
import static vn.partyreview.process.ProcessContract.MEMBER_CODE;
import static vn.partyreview.process.ProcessContract.ORG_CODE;

import vn.partyreview.ballot.SecretBallot;
import vn.partyreview.process.ProcessContract;

/** The contract of {@code processes/party-cell.bpmn}: a cell, its members, their ballot and decisions. */
public final class PartyCellProcess {

    public static final String PROCESS_KEY = "partyCell";
    public static final String APPRAISE_TASK = "Task_AppraiseCellReport";
    /** Members graded in this campaign, ready for the ballot and the decision: written by the ballot's preparation. */
    public static final String GRADED_MEMBER_CODES = "gradedMemberCodes";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, ORG_CODE, PartyOrganizationProcess.ORG_NAME, PartyOrganizationProcess.MEMBER_CODES)
            .owned(MEMBER_CODE, GRADED_MEMBER_CODES, SecretBallot.TITLE, SecretBallot.SUBJECTS, SecretBallot.VOTERS,
                    SecretBallot.DEADLINE, SecretBallot.SESSION_ID, SecretBallot.RESULT)
            .shown(CollectiveReviewProcess.IN_DEPTH_SUGGESTIONS)
            .userTask(APPRAISE_TASK, MemberForms.APPRAISAL)
            .build();

    private PartyCellProcess() {
    }
}
