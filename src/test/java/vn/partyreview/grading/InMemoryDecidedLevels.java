package vn.partyreview.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.partyreview.grading.rules.Level;

/** Decisions kept in memory for process tests; the JPA repository is tested on its own. */
class InMemoryDecidedLevels implements DecidedLevels {

    private final List<DecisionRecord> inForce = new ArrayList<>();

    @Override
    public List<Level> levelsInGroup(String campaignId, String quotaGroup) {
        return inForce.stream()
                .filter(decision -> decision.campaignId().equals(campaignId))
                .filter(decision -> Objects.equals(decision.quotaGroup(), quotaGroup))
                .map(DecisionRecord::level)
                .toList();
    }

    @Override
    public void record(DecisionRecord decision) {
        inForce.removeIf(earlier -> earlier.campaignId().equals(decision.campaignId())
                && earlier.subjectType() == decision.subjectType()
                && earlier.subjectId().equals(decision.subjectId()));
        inForce.add(decision);
    }

    List<DecisionRecord> inForce() {
        return List.copyOf(inForce);
    }
}
