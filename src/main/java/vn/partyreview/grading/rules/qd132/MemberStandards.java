package vn.partyreview.grading.rules.qd132;

import static vn.partyreview.grading.rules.qd132.Facts.isBelow;
import static vn.partyreview.grading.rules.qd132.Facts.isTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.partyreview.grading.rules.GradingFacts;
import vn.partyreview.grading.rules.GradingSubject;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.Reason;

/** Standards for party members [P II.2.1, II.2.3, II.6]; leaders build on them. */
class MemberStandards implements SubjectStandards {

    private static final BigDecimal LONG_SICK_LEAVE_MONTHS = BigDecimal.valueOf(3);

    @Override
    public List<Reason> notGradedReasons(GradingFacts facts) {
        List<Reason> reasons = new ArrayList<>();
        if (isTrue(facts.exempt())) {
            reasons.add(new Reason("II.2.1-exempt",
                    "Mục II.2.1: đảng viên được miễn công tác và sinh hoạt đảng không thuộc diện đánh giá, xếp loại."));
        }
        // a committee member suspended only from committee activity is still graded [P II.2.1]
        if (isTrue(facts.suspended()) && !isTrue(facts.committeeSuspendedOnly())) {
            reasons.add(new Reason("II.2.1-suspended",
                    "Mục II.2.1: đảng viên đang bị đình chỉ sinh hoạt đảng không thuộc diện đánh giá, xếp loại."));
        }
        if (isBelow(facts.monthsSinceAdmission(), Facts.SIX_MONTHS)) {
            reasons.add(new Reason("II.6-admitted-under-6-months",
                    "Mục II.6: đảng viên mới kết nạp chưa đủ 06 tháng vẫn kiểm điểm nhưng không xếp loại."));
        }
        return reasons;
    }

    @Override
    public void limit(GradingSubject subject, Ceiling ceiling) {
        GradingFacts facts = subject.facts();
        CriteriaStandard.limit("II.2.3", subject.criteria(), ceiling);
        if (!Facts.isFalse(facts.civilServant())) {
            civilServantYear(facts.civilServantLevel(), ceiling);
            civilServantMonths(facts.civilServantMonthlyLevels(), ceiling);
        }
        knockOuts(facts, ceiling);
        if (Facts.isAtLeast(facts.sickLeaveMonths(), LONG_SICK_LEAVE_MONTHS)) {
            ceiling.limit(Level.HTNV, "II.6-sick-leave",
                    "Mục II.6: đảng viên nghỉ ốm từ 03 tháng trở lên không xếp loại đạt mức %s trở lên"
                            .formatted(Level.HTTNV.label()));
        }
    }

    private static void civilServantYear(Level yearly, Ceiling ceiling) {
        if (yearly == null) {
            return;
        }
        String rated = "đảng viên là công chức, viên chức được xếp loại công chức, viên chức năm ở mức " + yearly.label();
        if (yearly != Level.HTXSNV) {
            ceiling.limit(Level.HTTNV, "II.2.3.a-civil-servant-year",
                    "Mục II.2.3.a: %s, chưa đạt %s".formatted(rated, Level.HTXSNV.label()));
        }
        if (!yearly.isAtLeast(Level.HTTNV)) {
            ceiling.limit(Level.HTNV, "II.2.3.b-civil-servant-year",
                    "Mục II.2.3.b: %s, chưa đạt %s trở lên".formatted(rated, Level.HTTNV.label()));
        }
        if (yearly == Level.KHTNV) {
            ceiling.limit(Level.KHTNV, "II.2.3.d-civil-servant-khtnv", "Mục II.2.3.c, d: " + rated);
        }
    }

    private static void civilServantMonths(List<Level> months, Ceiling ceiling) {
        if (months == null) {
            return;
        }
        long htnvOrLower = months.stream().filter(level -> !level.isAtLeast(Level.HTTNV)).count();
        long khtnv = months.stream().filter(level -> level == Level.KHTNV).count();
        if (htnvOrLower > 0) {
            ceiling.limit(Level.HTTNV, "II.2.3.a-civil-servant-months",
                    "Mục II.2.3.a: có %d tháng trong năm xếp loại công chức, viên chức ở mức %s trở xuống"
                            .formatted(htnvOrLower, Level.HTNV.label()));
        }
        if (khtnv > 0) {
            ceiling.limit(Level.HTNV, "II.2.3.b-civil-servant-months",
                    "Mục II.2.3.b: có %d tháng trong năm xếp loại công chức, viên chức ở mức %s"
                            .formatted(khtnv, Level.KHTNV.label()));
        }
    }

    private static void knockOuts(GradingFacts facts, Ceiling ceiling) {
        if (isTrue(facts.degradationConcluded())) {
            ceiling.limit(Level.KHTNV, "II.2.3.d-degradation",
                    "Mục II.2.3.d: cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, \"tự diễn biến\", \"tự chuyển hóa\"");
        }
        if (Facts.underHalfOfTargets(facts.targetsCompletedPercent())) {
            ceiling.limit(Level.KHTNV, "II.2.3.d-targets-under-50pct",
                    "Mục II.2.3.d: chỉ hoàn thành %s chỉ tiêu, nhiệm vụ công tác được giao trong năm (dưới 50%%)"
                            .formatted(Facts.percent(facts.targetsCompletedPercent())));
        }
        // unlike organisations and collectives, the text grants members no self-remedy exception
        if (isTrue(facts.disciplined())) {
            ceiling.limit(Level.KHTNV, "II.2.3.d-disciplined",
                    "Mục II.2.3.d: đảng viên bị thi hành kỷ luật trong năm (một vi phạm chỉ tính một lần)");
        }
    }
}
