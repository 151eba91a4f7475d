package vn.partyreview.grading.rules;

import java.util.List;

/** What a rule set grades: the subject's type, its assessed criteria and the known facts. */
public record GradingSubject(SubjectType subjectType, List<Criterion> criteria, GradingFacts facts) {

    public GradingSubject {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        facts = facts == null ? GradingFacts.none() : facts;
    }
}
