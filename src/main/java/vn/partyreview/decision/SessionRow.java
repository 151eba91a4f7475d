package vn.partyreview.decision;

import java.util.Map;
import vn.partyreview.grading.rules.Level;

/**
 * One subject of a session as the chair sees it before confirming.
 *
 * @param ballotLevel the level the ballot reached, null for "no majority"
 * @param ceiling     the highest level the standards allow now
 * @param level       the level after the ceiling and the quota, null while the chair has to settle it
 * @param note        why the level differs from the ballot's, empty otherwise
 */
record SessionRow(String subjectId, String name, Map<Level, Integer> votes, Level ballotLevel, Level ceiling,
                  Level level, String note) {
}
