package vn.partyreview.grading.rules.qd366;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.partyreview.grading.rules.GradingFacts;
import vn.partyreview.grading.rules.GradingResult;
import vn.partyreview.grading.rules.GradingRuleSet;
import vn.partyreview.grading.rules.GradingSubject;
import vn.partyreview.grading.rules.InputProblem;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.QuotaResult;
import vn.partyreview.grading.rules.QuotaRule;
import vn.partyreview.grading.rules.Reason;
import vn.partyreview.grading.rules.Scores;
import vn.partyreview.grading.rules.SubjectType;

/**
 * Points-based standards of Quy định 366-QĐ/TW (30/8/2025) with Hướng dẫn 43-HD/BTCTW (SPEC §15): 100 points
 * (30 common + 70 task results), levels by points and conditions, knock-outs, some waivable, and the quota.
 */
public final class Qd366RuleSet implements GradingRuleSet {

    public static final String ID = "QD366-2025";

    private final Qd366Thresholds thresholds;
    private final QuotaRule quota;
    private final QuotaRule outstandingQuota;

    public Qd366RuleSet() {
        this(Qd366Thresholds.standard());
    }

    public Qd366RuleSet(Qd366Thresholds thresholds) {
        this.thresholds = thresholds;
        this.quota = new Qd366Quota(thresholds.quotaPercent());
        this.outstandingQuota = new Qd366Quota(thresholds.outstandingQuotaPercent());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean pointsBased() {
        return true;
    }

    @Override
    public List<InputProblem> inputProblems(GradingSubject subject) {
        Scores scores = subject.scores();
        if (scores == null && subject.subjectType() != null
                && !notGradedReasons(subject.subjectType(), subject.facts()).isEmpty()) {
            return List.of();   // Điều 5: one who is not graded is never scored
        }
        if (scores == null) {
            return List.of(new InputProblem("scores", "Bộ tiêu chuẩn " + ID + " chấm theo thang 100 điểm: phải có "
                    + "điểm nhóm tiêu chí chung (common, 0–" + Numbers.spell(thresholds.commonMax())
                    + ") và điểm kết quả thực hiện nhiệm vụ (tasks, 0–" + Numbers.spell(thresholds.tasksMax()) + ")"));
        }
        List<InputProblem> problems = new ArrayList<>();
        checkPoints(scores.common(), thresholds.commonMax(), "scores.common", "Điểm nhóm tiêu chí chung", problems);
        checkPoints(scores.tasks(), thresholds.tasksMax(), "scores.tasks", "Điểm kết quả thực hiện nhiệm vụ", problems);
        return problems;
    }

    private static void checkPoints(BigDecimal points, BigDecimal max, String field, String what,
                                    List<InputProblem> problems) {
        if (points == null || points.signum() < 0 || points.compareTo(max) > 0) {
            problems.add(new InputProblem(field, what + " phải từ 0 đến " + Numbers.spell(max)));
        }
    }

    @Override
    public GradingResult evaluate(GradingSubject subject) {
        Objects.requireNonNull(subject.subjectType(), "subjectType");
        List<InputProblem> problems = inputProblems(subject);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream()
                    .map(problem -> problem.field() + ": " + problem.message()).collect(Collectors.joining("; ")));
        }
        BigDecimal score = subject.scores() == null ? null : subject.scores().total();
        List<Reason> notGraded = notGradedReasons(subject.subjectType(), subject.facts());
        if (!notGraded.isEmpty()) {
            return new GradingResult(false, null, notGraded, score, List.of());
        }
        Assessment assessment = new Assessment();
        LevelConditions.apply(subject.subjectType(), subject.facts(), score, thresholds, assessment);
        KnockOuts.apply(subject.subjectType(), subject.facts(), score, thresholds, assessment);
        return assessment.result(score);
    }

    @Override
    public List<Reason> notGradedReasons(SubjectType type, GradingFacts facts) {
        return Eligibility.notGradedReasons(type, facts, thresholds);
    }

    @Override
    public QuotaResult quota(List<Level> groupLevels) {
        return quota.apply(groupLevels);
    }

    @Override
    public QuotaResult quota(List<Level> groupLevels, boolean outstanding) {
        return (outstanding ? outstandingQuota : quota).apply(groupLevels);
    }
}
