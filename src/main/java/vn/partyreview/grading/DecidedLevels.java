package vn.partyreview.grading;

import java.util.List;
import vn.partyreview.grading.rules.Level;

/** Port to the decisions already taken, as the quota check needs them. */
public interface DecidedLevels {

    /** Levels of the decisions in force (not cancelled) in one quota group of a campaign. */
    List<Level> levelsInGroup(String campaignId, String quotaGroup);

    /** Records a decision; an earlier decision on the same subject in the campaign is cancelled, kept for audit. */
    void record(DecisionRecord decision);
}
