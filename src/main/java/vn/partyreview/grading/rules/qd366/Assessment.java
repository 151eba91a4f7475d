package vn.partyreview.grading.rules.qd366;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.partyreview.grading.rules.GradingResult;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.Reason;

/**
 * The reasons of one evaluation under Điều 11: conditions a level needs (a failed one leaves at most the level
 * below) and knock-outs (KHTNV whatever the points), some of which the competent body may lift.
 */
final class Assessment {

    static final String CITATION = "Điều 11 Quy định 366-QĐ/TW: ";
    static final String NO_LEVEL = "D11-no-level-conditions-hold";

    /** Highest level whose points and conditions still hold; KHTNV once not even HTNV's hold. */
    private Level highest = Level.HTXSNV;
    private boolean knockedOut;
    private final List<Reason> reasons = new ArrayList<>();
    private final List<String> waivable = new ArrayList<>();

    /** A condition of the level above {@code highestAllowed} does not hold. */
    void ruleOut(Level highestAllowed, String rule, String finding) {
        highest = Level.lower(highest, highestAllowed);
        String consequence = highestAllowed == Level.KHTNV
                ? "không đạt điều kiện của mức " + Level.HTNV.label()
                : "mức cao nhất có thể là " + highestAllowed.label();
        reasons.add(new Reason(rule, CITATION + finding + "; " + consequence + "."));
    }

    void knockOut(String rule, String finding) {
        knockedOut = true;
        reasons.add(new Reason(rule, CITATION + finding + "; xếp loại " + Level.KHTNV.label() + "."));
    }

    /**
     * A knock-out the competent body may lift, deciding with a recorded reason.
     *
     * @param ground why it may be lifted, e.g. "bất khả kháng"
     */
    void waivableKnockOut(String rule, String finding, String ground) {
        knockedOut = true;
        waivable.add(rule);
        reasons.add(new Reason(rule, CITATION + finding + "; xếp loại " + Level.KHTNV.label()
                + ", trừ khi cấp có thẩm quyền xem xét, quyết định khác và ghi rõ lý do (" + ground + ")."));
    }

    GradingResult result(BigDecimal score) {
        if (!knockedOut && highest == Level.KHTNV) {
            // Điều 11 gives no level here (e.g. ≥ 50 points but tasks not all done): the body decides (SPEC §15)
            waivable.add(NO_LEVEL);
            reasons.add(new Reason(NO_LEVEL, CITATION + "không có mức xếp loại nào đủ cả điểm và điều kiện, "
                    + "cũng không thuộc trường hợp không hoàn thành nhiệm vụ; quy định không xác định mức cho "
                    + "trường hợp này nên tạm xếp loại " + Level.KHTNV.label()
                    + ", cấp có thẩm quyền xem xét, quyết định và ghi rõ lý do."));
        }
        Level level = knockedOut ? Level.KHTNV : highest;
        return new GradingResult(true, level, reasons, score, waivable);
    }
}
