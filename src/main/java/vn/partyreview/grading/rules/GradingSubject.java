package vn.partyreview.grading.rules;

import java.util.List;

/**
 * What a rule set grades: the subject's type, its assessed criteria (rating-based rule sets), its scores
 * (points-based rule sets) and the known facts.
 */
public record GradingSubject(SubjectType subjectType, List<Criterion> criteria, GradingFacts facts, Scores scores) {

    public GradingSubject {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        facts = facts == null ? GradingFacts.none() : facts;
    }

    public GradingSubject(SubjectType subjectType, List<Criterion> criteria, GradingFacts facts) {
        this(subjectType, criteria, facts, null);
    }
}
