package vn.partyreview.grading.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * @param maxLevel highest level the standards allow; the decision may be lower, never higher. Null when not graded.
 * @param score    the total points of a points-based rule set; null for rating-based ones
 * @param waivable ids of the reasons the competent body may lift with a recorded reason
 */
public record GradingResult(boolean graded, Level maxLevel, List<Reason> reasons, BigDecimal score,
                            List<String> waivable) {

    public GradingResult {
        reasons = List.copyOf(reasons);
        waivable = List.copyOf(waivable);
    }

    public static GradingResult notGraded(List<Reason> reasons) {
        return new GradingResult(false, null, reasons, null, List.of());
    }

    public static GradingResult graded(Level maxLevel, List<Reason> reasons) {
        return new GradingResult(true, maxLevel, reasons, null, List.of());
    }
}
