package vn.partyreview.grading;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import vn.partyreview.grading.rules.Criterion;
import vn.partyreview.grading.rules.GradingFacts;
import vn.partyreview.grading.rules.GradingSubject;
import vn.partyreview.grading.rules.Scores;
import vn.partyreview.grading.rules.SubjectType;

/**
 * Body of {@code POST /api/grading/evaluate} (SPEC §8), also the shape of the process variables of the grading step.
 *
 * @param ruleSet rule set id, QD132-2018 when absent
 * @param scores  the points of a points-based rule set (QD366-2025 requires them; its ranges are checked there)
 */
public record EvaluateRequest(
        String ruleSet,
        @NotNull(message = "Phải có loại đối tượng: MEMBER, PARTY_ORGANIZATION, LEADERSHIP_COLLECTIVE hoặc LEADER")
        SubjectType subjectType,
        List<@NotNull(message = "Thiếu tiêu chí") @Valid Criterion> criteria,
        @Valid GradingFacts facts,
        Scores scores) {

    public GradingSubject toSubject() {
        return new GradingSubject(subjectType, criteria, facts, scores);
    }
}
