package vn.partyreview.decision;

import java.util.List;
import vn.partyreview.grading.rules.QuotaResult;

/**
 * What a counted session comes to: each subject's row, who still waits for the chair (no majority, or a tie for the
 * last {@code HTXSNV} slots) and why the chair's answer cannot be confirmed yet.
 */
record SessionOutcome(String sessionId, String decidingGroup, String quotaGroup, List<SessionRow> rows,
                      List<String> unsettled, List<String> tied, int tiedSlots, QuotaResult quota,
                      List<String> problems) {

    boolean confirmable() {
        return problems.isEmpty() && unsettled.isEmpty() && tied.isEmpty();
    }
}
