package vn.partyreview.ballot;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The counting minutes of a closed session, for the dossier an organisation sends up: the official dossier lists
 * "phiếu biểu quyết và biên bản kiểm phiếu" [P C.2.7]. Minutes hold counts only, never a voter's choice. Who
 * receives them is the caller's decision; {@code /api/ballots/{id}/minutes.docx} stays the chair group's.
 */
@Component
public class ClosedSessionMinutes {

    private final BallotBox box;
    private final BallotTally tally;
    private final BallotMinutes minutes;

    ClosedSessionMinutes(BallotBox box, BallotTally tally, BallotMinutes minutes) {
        this.box = box;
        this.tally = tally;
        this.minutes = minutes;
    }

    public boolean closed(String sessionId) {
        return box.session(sessionId).filter(session -> !session.isOpen()).isPresent();
    }

    /** When the session closed; empty for an unknown session or one still open. */
    public Optional<Instant> closedAt(String sessionId) {
        return box.session(sessionId).filter(session -> !session.isOpen() && session.closedAt() != null)
                .map(session -> session.closedAt().toInstant());
    }

    /** The minutes as DOCX; empty for an unknown session or one still open (its counts are not final). */
    public Optional<byte[]> docx(String sessionId) {
        return box.session(sessionId).filter(session -> !session.isOpen())
                .map(session -> minutes.render(tally.result(session)));
    }
}
