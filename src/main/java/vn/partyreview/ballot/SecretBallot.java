package vn.partyreview.ballot;

/** The contract of the reusable model {@code processes/secret-ballot.bpmn}: its key, its variables, its steps. */
public final class SecretBallot {

    public static final String PROCESS_KEY = "secretBallot";
    /** The user task that carries one voter's ballot sheet. */
    public static final String CAST_TASK = "Task_CastBallot";
    /** The ballot sheet: blank while the task waits, never stored once filled (see package-info). */
    public static final String SHEET = "ballotSheet";

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

    private SecretBallot() {
    }
}
