package vn.partyreview.ballot;

import java.util.List;
import java.util.Map;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.ballot.counting.SubjectOutcome;

/** The tally of a session no longer open: what the minutes print and what the model hands back. */
public record BallotResult(BallotSession session, List<SubjectResult> subjects, int ballotsReturned) {

    public record SubjectResult(BallotSubject subject, SubjectOutcome outcome) {

        /** The level reached, or null where no level has a majority. */
        public Level level() {
            return outcome.level();
        }

        public Map<Level, Integer> votes() {
            return outcome.votes();
        }
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
