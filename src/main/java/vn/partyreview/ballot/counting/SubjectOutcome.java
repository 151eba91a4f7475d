package vn.partyreview.ballot.counting;

import java.util.Map;
import vn.partyreview.grading.rules.Level;

/** The counted result for one subject: the level reached, or none ("no majority"), and the votes per level. */
public record SubjectOutcome(Level level, Map<Level, Integer> votes) {

    public boolean noMajority() {
        return level == null;
    }
}
