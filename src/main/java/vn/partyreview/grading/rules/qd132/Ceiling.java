package vn.partyreview.grading.rules.qd132;

import java.util.ArrayList;
import java.util.List;
import vn.partyreview.grading.rules.GradingResult;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.Reason;

/** Collects the conditions a subject fails; each one rules out every level above the highest it still allows. */
final class Ceiling {

    private Level max = Level.HTXSNV;
    private final List<Reason> reasons = new ArrayList<>();

    /**
     * @param finding what failed, citing the clause, e.g. "Mục II.2.3.a: ..."; the consequence is appended
     */
    void limit(Level highestAllowed, String rule, String finding) {
        max = Level.lower(max, highestAllowed);
        String consequence = highestAllowed == Level.KHTNV
                ? "xếp loại " + Level.KHTNV.label()
                : "mức cao nhất có thể là " + highestAllowed.label();
        reasons.add(new Reason(rule, finding + "; " + consequence + "."));
    }

    GradingResult result() {
        return GradingResult.graded(max, reasons);
    }
}
