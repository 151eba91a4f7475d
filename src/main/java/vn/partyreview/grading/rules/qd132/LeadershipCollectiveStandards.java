package vn.partyreview.grading.rules.qd132;

import static vn.partyreview.grading.rules.qd132.Facts.isTrue;

import java.util.List;
import vn.partyreview.grading.rules.Discipline;
import vn.partyreview.grading.rules.GradingFacts;
import vn.partyreview.grading.rules.GradingSubject;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.Reason;

/** Standards for leadership collectives [P II.3.3]. */
final class LeadershipCollectiveStandards implements SubjectStandards {

    @Override
    public List<Reason> notGradedReasons(GradingFacts facts) {
        return List.of();
    }

    @Override
    public void limit(GradingSubject subject, Ceiling ceiling) {
        GradingFacts facts = subject.facts();
        CriteriaStandard.limit("II.3.3", subject.criteria(), ceiling);
        Level unit = facts.unitLevel();
        if (unit != null && unit != Level.HTXSNV) {
            ceiling.limit(unit, "II.3.3.a-unit-cap",
                    "Mục II.3.3.a: mức xếp loại của tập thể lãnh đạo, quản lý không được cao hơn mức của tổ chức, cơ quan, đơn vị (%s)"
                            .formatted(unit.label()));
        }
        memberDiscipline(facts.memberDisciplineMax(), ceiling);
        knockOuts(facts, ceiling);
    }

    private static void memberDiscipline(Discipline heaviest, Ceiling ceiling) {
        if (heaviest == null || heaviest == Discipline.NONE) {
            return;
        }
        ceiling.limit(Level.HTNV, "II.3.3.b-member-disciplined",
                "Mục II.3.3.b: có thành viên của tập thể lãnh đạo, quản lý bị xử lý kỷ luật");
        if (heaviest.isAtLeast(Discipline.CANH_CAO)) {
            ceiling.limit(Level.KHTNV, "II.3.3.d-member-warning-or-heavier",
                    "Mục II.3.3.d: có thành viên bị kỷ luật từ cảnh cáo trở lên (một vi phạm chỉ tính một lần)");
        }
    }

    private static void knockOuts(GradingFacts facts, Ceiling ceiling) {
        if (isTrue(facts.disunityConcluded())) {
            ceiling.limit(Level.KHTNV, "II.3.3.d-disunity",
                    "Mục II.3.3.d: cấp có thẩm quyền kết luận mất đoàn kết nội bộ");
        }
        if (isTrue(facts.memberDegradationConcluded())) {
            ceiling.limit(Level.KHTNV, "II.3.3.d-member-degradation",
                    "Mục II.3.3.d: có thành viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, \"tự diễn biến\", \"tự chuyển hóa\"");
        }
        boolean forceMajeure = isTrue(facts.forceMajeure());
        if (Facts.underHalfOfTargets(facts.targetsCompletedPercent()) && !forceMajeure) {
            ceiling.limit(Level.KHTNV, "II.3.3.d-targets-under-50pct",
                    "Mục II.3.3.d: đơn vị trực tiếp lãnh đạo, quản lý chỉ hoàn thành %s chỉ tiêu, nhiệm vụ được giao (dưới 50%%, không thuộc trường hợp bất khả kháng)"
                            .formatted(Facts.percent(facts.targetsCompletedPercent())));
        }
        if (Facts.isFalse(facts.mainTargetsAllMet()) && !forceMajeure) {
            ceiling.limit(Level.KHTNV, "II.3.3.d-main-targets-not-met",
                    "Mục II.3.3.d: các chỉ tiêu chủ yếu không đạt 100% (không thuộc trường hợp bất khả kháng)");
        }
        // clause c excepts discipline the collective found itself and fully remedied
        if (isTrue(facts.disciplined()) && !isTrue(facts.selfDetectedAndRemedied())) {
            ceiling.limit(Level.KHTNV, "II.3.3.d-disciplined",
                    "Mục II.3.3.c, d: tập thể lãnh đạo, quản lý bị xử lý kỷ luật (không thuộc trường hợp tự phát hiện và khắc phục xong hậu quả)");
        }
    }
}
