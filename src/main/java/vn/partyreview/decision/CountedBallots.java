package vn.partyreview.decision;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.partyreview.ballot.BallotBox;
import vn.partyreview.ballot.BallotResult;
import vn.partyreview.ballot.BallotSession;
import vn.partyreview.ballot.BallotTally;

/** A session's secret ballot as the ballot box counts it once closed; empty when it was not held. */
@Component
class CountedBallots {

    private final BallotBox box;
    private final BallotTally tally;

    CountedBallots(BallotBox box, BallotTally tally) {
        this.box = box;
        this.tally = tally;
    }

    Optional<BallotResult> held(String sessionId) {
        BallotSession session = box.session(sessionId).orElseThrow(() -> new IllegalStateException(
                "Không có phiên bỏ phiếu " + sessionId));
        return session.held() ? Optional.of(tally.result(session)) : Optional.empty();
    }
}
