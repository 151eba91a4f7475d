package vn.partyreview.decision;

import java.util.Arrays;
import vn.partyreview.ballot.SecretBallot;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.process.ProcessContract;

/** The contract of {@code processes/decision-session.bpmn}: its key, its variables, its user task. */
public final class DecisionSessionProcess {

    public static final String PROCESS_KEY = "decisionSession";
    public static final String CONFIRM_TASK = "Task_ConfirmDecisions";
    /** Told to each process waiting for its subjects' decision once the session has decided them. */
    public static final String DECIDED_MESSAGE = "decisionTaken";

    // inputs of the caller: which subjects; everything else is read from the records
    public static final String CAMPAIGN_ID = ProcessContract.CAMPAIGN_ID;
    public static final String ORG_CODE = ProcessContract.ORG_CODE;
    public static final String SUBJECT_TYPE = "subjectType";
    /** The subjects of the group ready for this session (JSON list of ids). */
    public static final String SUBJECT_IDS = "decisionSubjectIds";
    // written by the delegates, shown by the form, never read back for a decision
    public static final String HAS_SUBJECTS = "decisionHasSubjects";
    public static final String HELD = "decisionSessionHeld";
    public static final String LIST = "decisionList";
    public static final String UNSETTLED_CHOICES = "decisionUnsettledChoices";
    public static final String TIED_CHOICES = "decisionTiedChoices";
    public static final String TIED_SLOTS = "decisionTiedSlots";
    public static final String REJECTED_REASONS = "decisionRejectedReasons";
    // the chair's form: a checklist of no-majority subjects per level, the tie and its reason
    public static final String SETTLE_PREFIX = "decisionSettle_";
    public static final String TIE_KEEP = "decisionTieKeep";
    public static final String TIE_REASON = "decisionTieReason";
    public static final String NOTE = "decisionNote";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, ORG_CODE, SUBJECT_TYPE, SUBJECT_IDS)
            .owned(HAS_SUBJECTS, HELD, LIST, UNSETTLED_CHOICES, TIED_CHOICES, TIED_SLOTS, REJECTED_REASONS,
                    SecretBallot.TITLE, SecretBallot.SUBJECTS, SecretBallot.VOTERS, SecretBallot.DEADLINE,
                    SecretBallot.SESSION_ID, SecretBallot.RESULT)
            .userTask(CONFIRM_TASK, settleFields())
            .build();

    static String[] settleFields() {
        String[] levels = Arrays.stream(Level.values()).map(level -> SETTLE_PREFIX + level.name())
                .toArray(String[]::new);
        String[] fields = Arrays.copyOf(levels, levels.length + 3);
        fields[levels.length] = TIE_KEEP;
        fields[levels.length + 1] = TIE_REASON;
        fields[levels.length + 2] = NOTE;
        return fields;
    }

    private DecisionSessionProcess() {
    }
}
