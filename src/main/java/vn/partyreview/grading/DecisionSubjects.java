package vn.partyreview.grading;

/**
 * Port to what a decision is about, read from the application's records each time a ceiling is computed or a
 * decision validated and recorded (SPEC §10 I3): never from process variables a task could have written.
 */
public interface DecisionSubjects {

    /** @param subjectType a {@link vn.partyreview.grading.rules.SubjectType} name */
    DecisionSubject find(String campaignId, String subjectType, String subjectId);

    /** The body that decides: the candidate group of the decision task. */
    default String decidingGroup(String campaignId, String subjectType, String subjectId) {
        return find(campaignId, subjectType, subjectId).decidingGroup();
    }

    /** The subject's name as the campaign recorded it, for the session's list and ballot sheet. */
    default String subjectName(String campaignId, String subjectType, String subjectId) {
        return subjectId;
    }

    /**
     * What the office puts beside the subject on the session's list: self-level, proposal, the cell's ballot and
     * the related bodies' opinions, in words; empty when the records have none.
     */
    default String brief(String campaignId, String subjectType, String subjectId) {
        return "";
    }

    /**
     * @param ruleSet      the campaign's rule set
     * @param criteriaJson the subject's recorded criteria, as the grading API takes them
     * @param factsJson    the subject's recorded facts, as the grading API takes them
     * @param quotaGroup   the group over which the 20% quota is counted
     * @param scoresJson   the subject's self-scored points under a points-based rule set, else null
     * @param outstanding  the competent body marked the organisation of the quota group outstanding (QĐ 366: 25%)
     */
    record DecisionSubject(String ruleSet, String criteriaJson, String factsJson, String quotaGroup,
                           String decidingGroup, String scoresJson, boolean outstanding) {

        public DecisionSubject(String ruleSet, String criteriaJson, String factsJson, String quotaGroup,
                               String decidingGroup) {
            this(ruleSet, criteriaJson, factsJson, quotaGroup, decidingGroup, null, false);
        }
    }
}
