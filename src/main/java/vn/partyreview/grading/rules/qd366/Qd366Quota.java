package vn.partyreview.grading.rules.qd366;

import java.util.List;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.QuotaResult;
import vn.partyreview.grading.rules.QuotaRule;

/**
 * Điều 11: HTXSNV at most a share (20%, or 25% where the competent body marks the organisation outstanding) of
 * those rated HTTNV, read as "HTTNV or better" as in SPEC §5.5, rounded down. No small-group exception is stated,
 * so none is made (SPEC §15). The 25% case was not found by the search tool; the civil servants' parallel rule
 * (Nghị định 335/2025/NĐ-CP, cafef.vn 28/12/2025) states the same 20% cap and an exception for outstanding organisations (its figure is cut off in the excerpt).
 */
final class Qd366Quota implements QuotaRule {

    private static final int HUNDRED = 100;

    private final int percent;

    Qd366Quota(int percent) {
        this.percent = percent;
    }

    @Override
    public String id() {
        return "D11-quota-" + percent + "pct";
    }

    @Override
    public QuotaResult apply(List<Level> groupLevels) {
        int n = (int) groupLevels.stream().filter(level -> level.isAtLeast(Level.HTTNV)).count();
        // integer arithmetic rounds down without floating-point error
        return new QuotaResult(id(), n, n * percent / HUNDRED);
    }
}
