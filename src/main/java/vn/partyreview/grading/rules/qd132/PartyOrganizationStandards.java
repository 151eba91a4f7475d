package vn.partyreview.grading.rules.qd132;

import static vn.partyreview.grading.rules.qd132.Facts.isBelow;
import static vn.partyreview.grading.rules.qd132.Facts.isTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import vn.partyreview.grading.rules.GradingFacts;
import vn.partyreview.grading.rules.GradingSubject;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.OrganizationKind;
import vn.partyreview.grading.rules.Reason;

/** Standards for party organisations [P II.1.4]. */
final class PartyOrganizationStandards implements SubjectStandards {

    @Override
    public List<Reason> notGradedReasons(GradingFacts facts) {
        if (isBelow(facts.monthsSinceEstablished(), Facts.SIX_MONTHS)) {
            return List.of(new Reason("II.6-established-under-6-months",
                    "Mục II.6: tổ chức đảng mới thành lập chưa đủ 06 tháng nên không đánh giá, xếp loại."));
        }
        return List.of();
    }

    @Override
    public void limit(GradingSubject subject, Ceiling ceiling) {
        GradingFacts facts = subject.facts();
        CriteriaStandard.limit("II.1.4", subject.criteria(), ceiling);
        subordinates(facts, ceiling);
        sameLevelBodies(facts, ceiling);
        knockOuts(facts, ceiling);
    }

    /** A committee is judged on its subordinate organisations, a cell on its members. */
    private static void subordinates(GradingFacts facts, Ceiling ceiling) {
        List<Level> levels = facts.subordinateLevels();
        if (levels == null || levels.isEmpty()) {
            return;
        }
        String whom = facts.kind() == OrganizationKind.CELL ? "đảng viên của chi bộ" : "tổ chức đảng trực thuộc";
        int total = levels.size();
        long httnvOrBetter = levels.stream().filter(level -> level.isAtLeast(Level.HTTNV)).count();
        long khtnv = levels.stream().filter(level -> level == Level.KHTNV).count();
        // integer comparisons keep the 80%, 50% and 20% boundaries exact
        if (httnvOrBetter * 5 < total * 4L) {
            ceiling.limit(Level.HTTNV, "II.1.4.a-subordinates-80pct", "Mục II.1.4.a: chỉ có %d/%d %s xếp loại %s trở lên, chưa đạt từ 80%%"
                    .formatted(httnvOrBetter, total, whom, Level.HTTNV.label()));
        }
        if (httnvOrBetter * 2 < total) {
            ceiling.limit(Level.HTNV, "II.1.4.b-subordinates-50pct", "Mục II.1.4.b: chỉ có %d/%d %s xếp loại %s trở lên, chưa đạt từ 50%%"
                    .formatted(httnvOrBetter, total, whom, Level.HTTNV.label()));
        }
        if (khtnv > 0) {
            ceiling.limit(Level.HTNV, "II.1.4.b-subordinates-all-htnv", "Mục II.1.4.a, b: có %d/%d %s xếp loại %s, chưa đạt 100%% %s trở lên"
                    .formatted(khtnv, total, whom, Level.KHTNV.label(), Level.HTNV.label()));
        }
        if (khtnv * 5 > total) {
            ceiling.limit(Level.KHTNV, "II.1.4.d-subordinates-khtnv-over-20pct", "Mục II.1.4.d: có %d/%d %s xếp loại %s, trên 20%%"
                    .formatted(khtnv, total, whom, Level.KHTNV.label()));
        }
    }

    /** Government, MTTQ and socio-political mass organisations of the same level. */
    private static void sameLevelBodies(GradingFacts facts, Ceiling ceiling) {
        List<Level> frontAndMassOrganizations = Stream.concat(
                        Stream.of(facts.mttqLevel()),
                        facts.massOrganizationLevels() == null ? Stream.empty() : facts.massOrganizationLevels().stream())
                .filter(Objects::nonNull)
                .toList();
        List<Level> bodies = new ArrayList<>(frontAndMassOrganizations);
        if (facts.governmentLevel() != null) {
            bodies.add(facts.governmentLevel());
        }
        String who = "chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội cùng cấp";
        if (bodies.stream().anyMatch(level -> !level.isAtLeast(Level.HTTNV))) {
            ceiling.limit(Level.HTTNV, "II.1.4.a-same-level-bodies",
                    "Mục II.1.4.a: %s chưa đều xếp loại %s trở lên".formatted(who, Level.HTTNV.label()));
        }
        if (bodies.contains(Level.KHTNV)) {
            ceiling.limit(Level.HTNV, "II.1.4.b-same-level-bodies",
                    "Mục II.1.4.b: %s chưa đều xếp loại %s trở lên".formatted(who, Level.HTNV.label()));
        }
        long failing = frontAndMassOrganizations.stream().filter(level -> level == Level.KHTNV).count();
        if (failing >= 2) {
            ceiling.limit(Level.KHTNV, "II.1.4.d-mttq-mass-orgs-khtnv",
                    "Mục II.1.4.d: có %d tổ chức trong Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội cùng cấp xếp loại %s (từ 02 tổ chức trở lên)"
                            .formatted(failing, Level.KHTNV.label()));
        }
    }

    private static void knockOuts(GradingFacts facts, Ceiling ceiling) {
        if (Facts.underHalfOfTargets(facts.targetsCompletedPercent()) && !isTrue(facts.forceMajeure())) {
            ceiling.limit(Level.KHTNV, "II.1.4.d-targets-under-50pct",
                    "Mục II.1.4.d: chỉ hoàn thành %s chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh được giao (dưới 50%%, không thuộc trường hợp bất khả kháng)"
                            .formatted(Facts.percent(facts.targetsCompletedPercent())));
        }
        if (isTrue(facts.partyBuildingKem())) {
            ceiling.limit(Level.KHTNV, "II.1.4.d-party-building-kem",
                    "Mục II.1.4.d: các chương trình, kế hoạch về xây dựng Đảng, xây dựng hệ thống chính trị ở mức Kém");
        }
        // clause c excepts discipline the organisation found itself and fully remedied
        if (isTrue(facts.disciplined()) && !isTrue(facts.selfDetectedAndRemedied())) {
            ceiling.limit(Level.KHTNV, "II.1.4.d-disciplined",
                    "Mục II.1.4.c, d: tổ chức đảng bị xử lý kỷ luật (không thuộc trường hợp tự phát hiện và khắc phục xong hậu quả)");
        }
    }
}
