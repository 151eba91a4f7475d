package vn.partyreview.ballot;

import java.util.Map;
import vn.partyreview.grading.rules.Level;

/**
 * One cast ballot on its way into the box, in memory only: a level per subject id, every subject filled with a
 * level allowed for it (a sheet the voter would spoil is refused before it is cast, see {@link BallotSheet}).
 */
record Ballot(Map<String, Level> choices) {
}
