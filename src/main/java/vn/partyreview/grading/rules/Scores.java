package vn.partyreview.grading.rules;

import java.math.BigDecimal;

/**
 * The self-scored points of a points-based rule set (SPEC §15): the common group and the task-results group.
 * Their ranges belong to the rule set (QD366-2025: 0–30 and 0–70), so it checks them ({@link GradingRuleSet#inputProblems}).
 */
public record Scores(BigDecimal common, BigDecimal tasks) {

    /** The total, or null while a part is missing. */
    public BigDecimal total() {
        return common == null || tasks == null ? null : common.add(tasks);
    }
}
