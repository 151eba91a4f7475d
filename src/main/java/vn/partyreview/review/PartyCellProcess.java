package vn.partyreview.review;

import static vn.partyreview.process.ProcessContract.CAMPAIGN_ID;
import static vn.partyreview.process.ProcessContract.MEMBER_CODE;
import static vn.partyreview.process.ProcessContract.ORG_CODE;

import vn.partyreview.process.ProcessContract;

/**
 * The contract of {@code processes/party-cell.bpmn}: a cell, its members in parallel with its collective review,
 * the first ballot round over its members ({@link CellMembersRoundProcess}) and then its own grading.
 */
public final class PartyCellProcess {

    public static final String PROCESS_KEY = "partyCell";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, ORG_CODE, PartyOrganizationProcess.ORG_NAME, PartyOrganizationProcess.MEMBER_CODES)
            .owned(MEMBER_CODE, CellMembersRoundProcess.ROUND)
            .shown(CollectiveReviewProcess.IN_DEPTH_SUGGESTIONS)
            .build();

    private PartyCellProcess() {
    }
}
