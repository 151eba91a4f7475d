package vn.partyreview.decision;

import vn.partyreview.process.ProcessContract;

/**
 * The contract of {@code processes/regrading.bpmn} [P II.6]: the competent body cancels a decided result with its
 * reasons and decides again in a new session. Started from Tasklist with the start form {@value #START_FORM} by a
 * member of the subject's deciding body, or by an administrator through {@code POST /api/campaigns/{id}/regradings}.
 */
public final class RegradingProcess {

    public static final String PROCESS_KEY = "regrading";
    public static final String START_FORM = "regrading-start";

    // the start form: which result, and why it is cancelled; checked against the records before the start
    public static final String CAMPAIGN_ID = ProcessContract.CAMPAIGN_ID;
    public static final String SUBJECT_TYPE = "subjectType";
    public static final String SUBJECT_CODE = "subjectCode";
    public static final String REASONS = "regradingReasons";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, SUBJECT_TYPE, SUBJECT_CODE, REASONS)
            .build();

    private RegradingProcess() {
    }
}
