package vn.partyreview.ballot;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * How long voting stays open at least once a session opens ({@code partyreview.ballot.minimum-voting-window}). A cell
 * that finishes after its deadline still votes: its ballot closes at the later of the caller's deadline and opening
 * plus this window, and the minutes record the extension (the lateness itself is escalated by the caller).
 */
record VotingWindow(Duration minimum) {

    VotingWindow {
        if (minimum.isNegative() || minimum.isZero()) {
            throw new IllegalArgumentException("partyreview.ballot.minimum-voting-window must be positive");
        }
    }

    OffsetDateTime votingEnds(OffsetDateTime requestedDeadline, OffsetDateTime openedAt) {
        OffsetDateTime earliest = openedAt.plus(minimum);
        return requestedDeadline.isBefore(earliest) ? earliest : requestedDeadline;
    }
}
