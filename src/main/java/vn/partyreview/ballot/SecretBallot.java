package vn.partyreview.ballot;

import java.util.Arrays;
import java.util.stream.IntStream;
import vn.partyreview.process.ProcessContract;

/** The contract of the reusable model {@code processes/secret-ballot.bpmn}: its key, its variables, its steps. */
public final class SecretBallot {

    public static final String PROCESS_KEY = "secretBallot";
    /** The user task that carries one voter's ballot sheet. */
    public static final String CAST_TASK = "Task_CastBallot";
    /** The chair's roll call that opens the session. */
    public static final String OPEN_TASK = "Task_OpenSession";
    /** The chair signs the counting minutes. */
    public static final String SIGN_MINUTES_TASK = "Task_SignMinutes";
    /** The ballot sheet: blank while the task waits, never stored once filled (see package-info). */
    public static final String SHEET = "ballotSheet";
    /**
     * Tasklist's ballot: one row per subject, the level chosen for the n-th subject posted as {@code ballotSheet_n}
     * (Tasklist 7.24 cannot submit form-js dynamic lists, so the form has {@link #SHEET_ROWS} fixed rows, those
     * beyond the session's subjects hidden). Every variable named like {@link #SHEET} is secret.
     */
    public static final String SHEET_ROW_PREFIX = SHEET + "_";
    /** The rows of the Tasklist ballot form: a session has at most this many subjects. */
    public static final int SHEET_ROWS = 100;
    // the sheet's layout, set once when the session opens (not secret: the same for every voter)
    public static final String ROW_COUNT = "ballotRowCount";
    public static final String ROW_NAMES = "ballotRowNames";
    /** Beside each row's name: a decision session's brief of the subject (self-level, proposal, vote, ceiling). */
    public static final String ROW_BRIEFS = "ballotRowBriefs";
    /** The options of the n-th row, {@code ballotRowLevels_n}: the levels allowed for that subject. */
    public static final String ROW_LEVELS_PREFIX = "ballotRowLevels_";
    /** The chair's roll call in Tasklist: one checklist of voters per way of not being present. */
    public static final String ABSENCE_PREFIX = "ballotAbsent_";

    // inputs of the caller
    public static final String TITLE = "ballotTitle";
    public static final String ORGANIZATION = "organizationCode";
    public static final String SUBJECTS = "ballotSubjects";
    public static final String VOTERS = "ballotVoters";
    public static final String CHAIR_GROUP = "ballotChairGroup";
    public static final String DEADLINE = "ballotDeadline";
    // the chair's roll call at opening
    public static final String ROLL = "ballotRoll";
    // outputs to the caller
    public static final String SESSION_ID = "ballotSessionId";
    public static final String RESULT = "ballotResult";
    public static final String ATTENDANCE_MET = "ballotAttendanceMet";
    /** When voting closes: the caller's deadline, or later when the session opened too late for a real vote. */
    public static final String VOTING_ENDS = "ballotVotingEnds";
    // prefilled for the forms by input mappings
    public static final String VOTER_CHOICES = "ballotVoterChoices";
    /** One present voter: the element of the voting multi-instance. */
    public static final String VOTER = "ballotVoter";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(TITLE, ORGANIZATION, SUBJECTS, VOTERS, CHAIR_GROUP, DEADLINE)
            .owned(ROLL, VOTER_CHOICES, SHEET, VOTER, SESSION_ID, RESULT, ATTENDANCE_MET, VOTING_ENDS,
                    ROW_COUNT, ROW_NAMES, ROW_BRIEFS)
            .owned(rows(ROW_LEVELS_PREFIX))
            .userTask(OPEN_TASK, Arrays.stream(Attendance.values()).filter(way -> way != Attendance.PRESENT)
                    .map(way -> ABSENCE_PREFIX + way.name()).toArray(String[]::new))
            .userTask(CAST_TASK, rows(SHEET_ROW_PREFIX))
            .userTask(SIGN_MINUTES_TASK, "ballotMinutesSigned")
            .outputs(SESSION_ID, RESULT)
            .build();

    private SecretBallot() {
    }

    /** The n-th row's variable, n from 1. */
    static String row(String prefix, int n) {
        return prefix + n;
    }

    private static String[] rows(String prefix) {
        return IntStream.rangeClosed(1, SHEET_ROWS).mapToObj(n -> row(prefix, n)).toArray(String[]::new);
    }
}
