package vn.partyreview.grading.rules;

import java.util.List;

/**
 * Default reading of [P II.1.4, II.2.3, II.3.3, II.4, II.6]: N = levels at HTTNV or better, cap = floor(20% of N);
 * a group with fewer than 5 such levels may still have one HTXSNV.
 */
public final class TwentyPercentQuota implements QuotaRule {

    public static final String ID = "QUOTA-20PCT-v1";
    private static final int SMALL_GROUP = 5;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public QuotaResult apply(List<Level> groupLevels) {
        int n = (int) groupLevels.stream().filter(level -> level.isAtLeast(Level.HTTNV)).count();
        // integer division is floor(0.2 × N) without floating-point error
        int cap = n < SMALL_GROUP ? Math.min(n, 1) : n / 5;
        return new QuotaResult(ID, n, cap);
    }
}
