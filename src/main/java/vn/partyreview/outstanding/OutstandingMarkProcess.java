package vn.partyreview.outstanding;

import vn.partyreview.process.ProcessContract;

/**
 * The contract of {@code processes/outstanding-mark.bpmn} (QĐ 366 Đ11): the competent body marks a basic
 * organisation outstanding, so that up to 25% of its members may be decided HTXSNV, or withdraws the mark. Started
 * from Tasklist with the start form {@value #START_FORM} by a member of the body deciding the organisation's level;
 * the same as {@code PUT /api/campaigns/{id}/organizations/{code}/outstanding}. The mark is a recorded fact (who,
 * when, why) that the member decision sessions read when they count, never a process variable.
 */
public final class OutstandingMarkProcess {

    public static final String PROCESS_KEY = "outstandingMark";
    public static final String START_FORM = "outstanding-mark";

    // the start form, checked against the records before the start and again when recording
    public static final String CAMPAIGN_ID = ProcessContract.CAMPAIGN_ID;
    public static final String ORG_CODE = ProcessContract.ORG_CODE;
    public static final String OUTSTANDING = "outstanding";
    public static final String REASONS = "outstandingReasons";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, ORG_CODE, OUTSTANDING, REASONS)
            .build();

    private OutstandingMarkProcess() {
    }
}
