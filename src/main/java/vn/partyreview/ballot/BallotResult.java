package vn.partyreview.ballot;

import java.util.List;
import vn.partyreview.ballot.counting.SubjectOutcome;

/** The tally of a session no longer open: what the minutes print and what the model hands back. */
public record BallotResult(BallotSession session, List<SubjectResult> subjects, int ballotsReturned) {

    public record SubjectResult(BallotSubject subject, SubjectOutcome outcome) {
    }

    /** One sheet per member present. */
    public int ballotsIssued() {
        return session.held() ? session.present() : 0;
    }

    public int ballotsInvalid() {
        return session.invalidBallots();
    }

    public int ballotsValid() {
        return ballotsReturned - ballotsInvalid();
    }
}
