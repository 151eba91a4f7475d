package vn.partyreview.ballot;

import java.util.Map;
import vn.partyreview.grading.rules.Level;

/**
 * One cast ballot on its way into the box, in memory only: a level per subject id, or an invalid ballot (a subject
 * left blank), which is counted as returned but not counted for any subject.
 */
record Ballot(Map<String, Level> choices) {

    static Ballot invalid() {
        return new Ballot(null);
    }

    boolean valid() {
        return choices != null;
    }
}
