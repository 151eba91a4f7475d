package vn.partyreview.ballot;

import java.time.OffsetDateTime;

/** A ballot session as frozen at opening, with its status. Results are read only once it is no longer open. */
public record BallotSession(String id, String processInstanceId, String title, String organizationCode,
                            String chairGroup, String countingRule, String quorum, Status status,
                            int summoned, int denominator, int present, int minimumAttendance, int invalidBallots,
                            OffsetDateTime deadline, OffsetDateTime requestedDeadline, String openedBy,
                            OffsetDateTime openedAt, OffsetDateTime closedAt) {

    public enum Status {
        OPEN, CLOSED,
        /** The minimum attendance was not reached: no ballot was issued. */
        NOT_HELD
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public boolean held() {
        return status != Status.NOT_HELD;
    }

    /** Opened too close to (or after) the caller's deadline: voting was kept open for the minimum window. */
    public boolean votingExtended() {
        return requestedDeadline != null && deadline.isAfter(requestedDeadline);
    }
}
