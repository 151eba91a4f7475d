package vn.partyreview.grading.rules.qd366;

import java.math.BigDecimal;

/** Null-safe comparisons of optional facts, and their Vietnamese spelling (decimal comma). */
final class Numbers {

    private Numbers() {
    }

    static boolean isTrue(Boolean fact) {
        return Boolean.TRUE.equals(fact);
    }

    /** A condition that needs the fact: an absent fact does not meet it. */
    static boolean reaches(BigDecimal fact, BigDecimal bound) {
        return fact != null && fact.compareTo(bound) >= 0;
    }

    /** A knock-out on a low value: an absent fact does not trigger it. */
    static boolean isBelow(BigDecimal fact, BigDecimal bound) {
        return fact != null && fact.compareTo(bound) < 0;
    }

    /** A knock-out on a high value: an absent fact does not trigger it. */
    static boolean isAbove(BigDecimal fact, BigDecimal bound) {
        return fact != null && fact.compareTo(bound) > 0;
    }

    static String spell(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String percent(BigDecimal value) {
        return value == null ? "chưa có số liệu" : spell(value) + "%";
    }
}
