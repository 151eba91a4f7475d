package vn.partyreview.grading.rules;

import java.util.List;

/**
 * @param maxLevel highest level the standards allow; the decision may be lower, never higher. Null when not graded.
 */
public record GradingResult(boolean graded, Level maxLevel, List<Reason> reasons) {

    public GradingResult {
        reasons = List.copyOf(reasons);
    }

    public static GradingResult notGraded(List<Reason> reasons) {
        return new GradingResult(false, null, reasons);
    }

    public static GradingResult graded(Level maxLevel, List<Reason> reasons) {
        return new GradingResult(true, maxLevel, reasons);
    }
}
