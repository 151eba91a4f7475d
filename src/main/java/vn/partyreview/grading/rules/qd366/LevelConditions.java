package vn.partyreview.grading.rules.qd366;

import static vn.partyreview.grading.rules.qd366.Numbers.percent;
import static vn.partyreview.grading.rules.qd366.Numbers.reaches;

import java.math.BigDecimal;
import vn.partyreview.grading.rules.GradingFacts;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;

/**
 * The points and conditions of each level (Điều 11). The points and the HTXSNV, HTTNV and HTNV conditions below
 * match the regulation as reported by Lao Động (ja.laodong.vn, articles 1578058 and 1579399, 2025); the rest follows
 * SPEC §15. Levels are cumulative: a level also needs every condition of the levels below. A points band is read
 * as a least total (95 points with HTTNV's conditions is HTTNV, not "no level"). A condition that needs a fact is
 * not met while the fact is absent.
 */
final class LevelConditions {

    private LevelConditions() {
    }

    static void apply(SubjectType type, GradingFacts facts, BigDecimal score, Qd366Thresholds t, Assessment assessment) {
        points(score, t, assessment);
        htnv(facts, t, assessment);
        httnv(type, facts, t, assessment);
        htxsnv(type, facts, t, assessment);
    }

    private static void points(BigDecimal score, Qd366Thresholds t, Assessment assessment) {
        String total = "tổng điểm " + Numbers.spell(score) + "/100";
        if (score.compareTo(t.htxsnvPoints()) < 0) {
            assessment.ruleOut(Level.HTTNV, "D11-points-below-htxsnv",
                    total + ", dưới " + Numbers.spell(t.htxsnvPoints()) + " điểm");
        }
        if (score.compareTo(t.httnvPoints()) < 0) {
            assessment.ruleOut(Level.HTNV, "D11-points-below-httnv",
                    total + ", dưới " + Numbers.spell(t.httnvPoints()) + " điểm");
        }
    }

    private static void htnv(GradingFacts facts, Qd366Thresholds t, Assessment assessment) {
        if (!reaches(facts.tasksCompletedPercent(), t.allTasksPercent())) {
            assessment.ruleOut(Level.KHTNV, "D11-htnv-tasks-completed", "tỷ lệ nhiệm vụ được giao đã hoàn thành: %s, chưa đạt %s"
                    .formatted(percent(facts.tasksCompletedPercent()), percent(t.allTasksPercent())));
        }
        BigDecimal behind = behindSchedule(facts, t);
        if (behind == null || behind.compareTo(t.behindScheduleMaxPercent()) > 0) {
            assessment.ruleOut(Level.KHTNV, "D11-htnv-behind-schedule", "tỷ lệ nhiệm vụ chậm tiến độ: %s, yêu cầu không quá %s"
                    .formatted(percent(behind), percent(t.behindScheduleMaxPercent())));
        }
    }

    /** Tasks not done on time are behind schedule: the on-time share answers when the behind share is absent. */
    private static BigDecimal behindSchedule(GradingFacts facts, Qd366Thresholds t) {
        if (facts.tasksBehindSchedulePercent() != null || facts.tasksOnTimePercent() == null) {
            return facts.tasksBehindSchedulePercent();
        }
        return t.allTasksPercent().subtract(facts.tasksOnTimePercent()).max(BigDecimal.ZERO);
    }

    private static void httnv(SubjectType type, GradingFacts facts, Qd366Thresholds t, Assessment assessment) {
        if (!reaches(facts.tasksOnTimePercent(), t.allTasksPercent())) {
            assessment.ruleOut(Level.HTNV, "D11-httnv-tasks-on-time",
                    "tỷ lệ nhiệm vụ hoàn thành đúng tiến độ, bảo đảm chất lượng, hiệu quả: %s, chưa đạt %s"
                            .formatted(percent(facts.tasksOnTimePercent()), percent(t.allTasksPercent())));
        }
        if (type == SubjectType.LEADER && !(reaches(facts.unitTasksCompletedPercent(), t.allTasksPercent())
                && reaches(facts.unitTasksOnTimePercent(), t.allTasksPercent()))) {
            assessment.ruleOut(Level.HTNV, "D11-httnv-unit-tasks-on-time",
                    "địa phương, cơ quan, đơn vị do cá nhân trực tiếp lãnh đạo, quản lý hoàn thành %s nhiệm vụ, đúng tiến độ %s, chưa đạt %s"
                            .formatted(percent(facts.unitTasksCompletedPercent()),
                                    percent(facts.unitTasksOnTimePercent()), percent(t.allTasksPercent())));
        }
    }

    private static void htxsnv(SubjectType type, GradingFacts facts, Qd366Thresholds t, Assessment assessment) {
        if (!reaches(facts.tasksExceededPercent(), t.exceededPercent())) {
            assessment.ruleOut(Level.HTTNV, "D11-htxsnv-tasks-exceeded", "tỷ lệ nhiệm vụ hoàn thành vượt yêu cầu: %s, chưa đạt từ %s"
                    .formatted(percent(facts.tasksExceededPercent()), percent(t.exceededPercent())));
        }
        if (!reaches(facts.previousShortcomingsFixedPercent(), t.allTasksPercent())) {
            assessment.ruleOut(Level.HTTNV, "D11-htxsnv-shortcomings-remedied",
                    "tỷ lệ hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước đã khắc phục: %s, chưa đạt %s"
                            .formatted(percent(facts.previousShortcomingsFixedPercent()), percent(t.allTasksPercent())));
        }
        if (type == SubjectType.LEADER && !reaches(facts.unitTasksExceededPercent(), t.exceededPercent())) {
            assessment.ruleOut(Level.HTTNV, "D11-htxsnv-unit-tasks-exceeded",
                    "tỷ lệ nhiệm vụ vượt yêu cầu của đơn vị do cá nhân trực tiếp lãnh đạo, quản lý: %s, chưa đạt từ %s"
                            .formatted(percent(facts.unitTasksExceededPercent()), percent(t.exceededPercent())));
        }
        if (isCollective(type) && Numbers.isTrue(facts.subordinateOrMemberDisciplined())) {
            assessment.ruleOut(Level.HTTNV, "D11-htxsnv-discipline-below",
                    "có đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo, quản lý bị xử lý kỷ luật");
        }
    }

    /** Party organisations are graded as collectives (Phụ lục 1). */
    static boolean isCollective(SubjectType type) {
        return type == SubjectType.PARTY_ORGANIZATION || type == SubjectType.LEADERSHIP_COLLECTIVE;
    }
}
