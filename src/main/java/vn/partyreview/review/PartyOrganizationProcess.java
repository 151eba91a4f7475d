package vn.partyreview.review;

import static vn.partyreview.process.ProcessContract.CAMPAIGN_ID;
import static vn.partyreview.process.ProcessContract.COLLECTIVE_CODE;
import static vn.partyreview.process.ProcessContract.LEADER_CODE;
import static vn.partyreview.process.ProcessContract.ORG_CODE;

import vn.partyreview.process.ProcessContract;

/** The contract of {@code processes/party-organization.bpmn}: one party organisation and what it leads. */
public final class PartyOrganizationProcess {

    public static final String PROCESS_KEY = "partyOrganization";
    public static final String SEND_DOSSIER_TASK = "Task_SendDossier";
    /** The superior's office receives the dossier; absent when the superior is not in the system. */
    public static final String RECEIVE_DOSSIER_TASK = "Task_ReceiveDossier";
    // written by the loader from the organisation tree
    public static final String ORG_NAME = "orgName";
    public static final String CELL = "cell";
    public static final String CHILD_ORG_CODES = "childOrgCodes";
    public static final String CHILD_ORG_CODE = "childOrgCode";
    public static final String MEMBER_CODES = "memberCodes";
    public static final String COLLECTIVE_CODES = "collectiveCodes";
    /** The committee's own collectives (BCH, BTV), graded after the committee and before its leaders. */
    public static final String OWN_COLLECTIVE_CODES = "ownCollectiveCodes";
    public static final String LEADER_CODES = "leaderCodes";
    public static final String HEAD_LEADER_CODES = "headLeaderCodes";
    public static final String OTHER_LEADER_CODES = "otherLeaderCodes";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, ORG_CODE)
            .owned(ORG_NAME, CELL, CHILD_ORG_CODES, CHILD_ORG_CODE, MEMBER_CODES, COLLECTIVE_CODES, COLLECTIVE_CODE,
                    OWN_COLLECTIVE_CODES, LEADER_CODES, HEAD_LEADER_CODES, OTHER_LEADER_CODES, LEADER_CODE)
            .shown(CollectiveReviewProcess.IN_DEPTH_SUGGESTIONS)
            .userTask(SEND_DOSSIER_TASK, "dossierSent", "dossierNote")
            .userTask(RECEIVE_DOSSIER_TASK, "dossierReceived", "receiptNote")
            .build();

    private PartyOrganizationProcess() {
    }
}
