package vn.partyreview.quarterly;

import vn.partyreview.process.ProcessContract;

/**
 * The contract of {@code processes/quarterly-self-assessment.bpmn}: a member submits Mẫu 05 for a quarter from
 * Tasklist with the start form {@value #START_FORM}; the same as {@code PUT /api/quarterly-assessments/{year}/{quarter}}.
 * Who she is comes from her account, never from the form.
 */
public final class QuarterlyAssessmentProcess {

    public static final String PROCESS_KEY = "quarterlySelfAssessment";
    public static final String START_FORM = "mau-05-quarterly";

    public static final String YEAR = "quarterYear";
    public static final String QUARTER = "quarter";
    public static final String TASKS = "quarterTasks";
    public static final String RESULTS = "quarterResults";
    public static final String SELF_LEVEL = "quarterSelfLevel";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(YEAR, QUARTER, TASKS, RESULTS, SELF_LEVEL)
            .build();

    private QuarterlyAssessmentProcess() {
    }
}
