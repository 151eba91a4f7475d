package vn.partyreview.grading.rules;

import java.util.List;

/** A named, versioned set of grading standards; a campaign stores the id of the one it applies. */
public interface GradingRuleSet {

    String id();

    /** Input this rule set needs and cannot grade without (e.g. scores out of range); empty when none. */
    default List<InputProblem> inputProblems(GradingSubject subject) {
        return List.of();
    }

    GradingResult evaluate(GradingSubject subject);

    /**
     * Why a subject with these facts is not graded at all, empty when it is: asked by the campaign when it includes
     * a member (with {@link GradingFacts#standing}) and by {@link #evaluate} at the decision.
     */
    List<Reason> notGradedReasons(SubjectType type, GradingFacts facts);

    /**
     * Whether subjects are graded on points ({@link Scores}) rather than criteria ratings: the self-assessment forms
     * then ask for the points and the facts the rule set reads, not the ratings.
     */
    default boolean pointsBased() {
        return false;
    }

    /** The quota of HTXSNV for one group (members of one basic organisation, organisations under one committee, ...). */
    QuotaResult quota(List<Level> groupLevels);

    /**
     * The quota where the competent body may have marked the organisation outstanding; rule sets without such a
     * rule ignore the mark.
     */
    default QuotaResult quota(List<Level> groupLevels, boolean outstanding) {
        return quota(groupLevels);
    }
}
