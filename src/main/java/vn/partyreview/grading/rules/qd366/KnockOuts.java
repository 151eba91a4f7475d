package vn.partyreview.grading.rules.qd366;

import static vn.partyreview.grading.rules.qd366.Numbers.isAbove;
import static vn.partyreview.grading.rules.qd366.Numbers.isBelow;
import static vn.partyreview.grading.rules.qd366.Numbers.isTrue;
import static vn.partyreview.grading.rules.qd366.Numbers.percent;

import java.math.BigDecimal;
import vn.partyreview.grading.rules.Discipline;
import vn.partyreview.grading.rules.GradingFacts;
import vn.partyreview.grading.rules.SubjectType;

/**
 * The cases of "không hoàn thành nhiệm vụ" (Điều 11), as SPEC §15 reports them: the search tool found no copy of
 * this part of the article, nor of the clause letting the competent body decide otherwise where the subject found
 * the fault, reported it and remedied the consequences, or on force majeure. Here a fault (discipline, breaches,
 * violations) is waivable when self-reported and remedied, a shortfall of results (tasks, targets) on force
 * majeure; concluded degradation, low confidence and failing units are never waivable.
 */
final class KnockOuts {

    private static final String SELF_REPORTED = "tự phát hiện, báo cáo và khắc phục hậu quả";
    private static final String FORCE_MAJEURE = "nguyên nhân bất khả kháng";

    private final GradingFacts facts;
    private final Qd366Thresholds t;
    private final Assessment assessment;

    private KnockOuts(GradingFacts facts, Qd366Thresholds t, Assessment assessment) {
        this.facts = facts;
        this.t = t;
        this.assessment = assessment;
    }

    static void apply(SubjectType type, GradingFacts facts, BigDecimal score, Qd366Thresholds t, Assessment assessment) {
        KnockOuts knockOuts = new KnockOuts(facts, t, assessment);
        if (score.compareTo(t.htnvPoints()) < 0) {
            assessment.knockOut("D11-khtnv-points-below-htnv",
                    "tổng điểm " + Numbers.spell(score) + "/100, dưới " + Numbers.spell(t.htnvPoints()) + " điểm");
        }
        if (LevelConditions.isCollective(type)) {
            knockOuts.collective();
        } else {
            knockOuts.person();
        }
        if (type == SubjectType.LEADER) {
            knockOuts.leader();
        }
    }

    private void person() {
        if (isTrue(facts.degradationConcluded())) {
            assessment.knockOut("D11-khtnv-degradation", "bị cấp có thẩm quyền kết luận suy thoái về tư tưởng chính trị, "
                    + "đạo đức, lối sống, \"tự diễn biến\", \"tự chuyển hóa\"");
        }
        // khiển trách is the lightest party discipline: a bare "disciplined" is at least that
        boolean disciplined = facts.disciplineLevel() != null && facts.disciplineLevel().isAtLeast(Discipline.KHIEN_TRACH)
                || isTrue(facts.disciplined());
        if (disciplined) {
            fault("D11-khtnv-disciplined", "bị xử lý kỷ luật từ khiển trách trở lên trong năm");
        }
        if (isTrue(facts.violatedProhibitions())) {
            fault("D11-khtnv-prohibitions", "vi phạm những điều đảng viên không được làm hoặc trách nhiệm nêu gương");
        }
        if (isAbove(facts.tasksFailedPercent(), t.tasksFailedMaxPercent())) {
            shortfall("D11-khtnv-tasks-failed", "tỷ lệ nhiệm vụ trong năm bị đánh giá không hoàn thành: %s, trên %s"
                    .formatted(percent(facts.tasksFailedPercent()), percent(t.tasksFailedMaxPercent())));
        }
    }

    private void leader() {
        unitResults();
        if (isAbove(facts.subordinateUnitsKhtPercent(), t.subordinateUnitsKhtMaxPercent())) {
            assessment.knockOut("D11-khtnv-units-khtnv", "tỷ lệ đơn vị do cá nhân trực tiếp lãnh đạo, quản lý xếp loại "
                    + "không hoàn thành nhiệm vụ: %s, trên %s".formatted(percent(facts.subordinateUnitsKhtPercent()),
                    percent(t.subordinateUnitsKhtMaxPercent())));
        }
        if (isAbove(facts.lowConfidenceVotesPercent(), t.lowConfidenceMaxPercent())) {
            assessment.knockOut("D11-khtnv-low-confidence", "tỷ lệ phiếu tín nhiệm thấp khi lấy phiếu tín nhiệm trong năm: %s, trên %s"
                    .formatted(percent(facts.lowConfidenceVotesPercent()), percent(t.lowConfidenceMaxPercent())));
        }
        if (isTrue(facts.corruptionDisciplinedInScope())) {
            fault("D11-khtnv-corruption-in-scope", "để xảy ra tham nhũng, lãng phí, tiêu cực bị xử lý kỷ luật "
                    + "trong phạm vi trực tiếp phụ trách, quản lý");
        }
    }

    private void collective() {
        if (isTrue(facts.personnelViolationConcluded())) {
            fault("D11-khtnv-personnel-violation", "bị kết luận vi phạm trong công tác cán bộ, mất đoàn kết nội bộ, "
                    + "bè phái, \"chạy chức, chạy quyền\"");
        }
        if (isTrue(facts.memberDisciplinedKhienTrachOrAbove())) {
            fault("D11-khtnv-member-disciplined", "có thành viên bị xử lý kỷ luật từ khiển trách trở lên do vi phạm "
                    + "trong thực hiện chức trách, nhiệm vụ");
        }
        if (isTrue(facts.memberDegradationConcluded())) {
            assessment.knockOut("D11-khtnv-member-degradation", "có thành viên bị kết luận suy thoái về tư tưởng chính trị, "
                    + "đạo đức, lối sống, \"tự diễn biến\", \"tự chuyển hóa\"");
        }
        unitResults();
    }

    /** The units a leader or collective leads: under 70% of their tasks, or the 5 basic targets missed. */
    private void unitResults() {
        if (isBelow(facts.unitTasksCompletedPercent(), t.unitTasksKnockOutPercent())) {
            shortfall("D11-khtnv-unit-tasks", "địa phương, cơ quan, đơn vị được giao lãnh đạo, quản lý chỉ hoàn thành %s "
                    .formatted(percent(facts.unitTasksCompletedPercent()))
                    + "nhiệm vụ, dưới " + percent(t.unitTasksKnockOutPercent()));
        }
        if (isTrue(facts.unitFiveTargetsMissed())) {
            shortfall("D11-khtnv-five-targets", "địa phương, cơ quan, đơn vị được giao lãnh đạo, quản lý không đạt "
                    + "05 chỉ tiêu cơ bản về phát triển kinh tế - xã hội");
        }
    }

    private void fault(String rule, String finding) {
        if (isTrue(facts.selfReportedAndRemedied())) {
            assessment.waivableKnockOut(rule, finding, SELF_REPORTED);
        } else {
            assessment.knockOut(rule, finding);
        }
    }

    private void shortfall(String rule, String finding) {
        if (isTrue(facts.forceMajeure())) {
            assessment.waivableKnockOut(rule, finding, FORCE_MAJEURE);
        } else {
            assessment.knockOut(rule, finding);
        }
    }
}
