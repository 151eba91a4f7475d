package vn.partyreview.grading.rules.qd132;

import java.math.BigDecimal;

/** Null-safe readings of optional facts: an absent fact never counts against the subject. */
final class Facts {

    static final BigDecimal SIX_MONTHS = BigDecimal.valueOf(6);
    private static final BigDecimal HALF_OF_TARGETS = BigDecimal.valueOf(50);

    private Facts() {
    }

    static boolean isTrue(Boolean fact) {
        return Boolean.TRUE.equals(fact);
    }

    static boolean isFalse(Boolean fact) {
        return Boolean.FALSE.equals(fact);
    }

    static boolean isBelow(BigDecimal fact, BigDecimal bound) {
        return fact != null && fact.compareTo(bound) < 0;
    }

    static boolean isAtLeast(BigDecimal fact, BigDecimal bound) {
        return fact != null && fact.compareTo(bound) >= 0;
    }

    static boolean underHalfOfTargets(BigDecimal percent) {
        return isBelow(percent, HALF_OF_TARGETS);
    }

    static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }
}
