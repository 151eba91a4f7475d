/**
 * Decisions (SPEC §11): the competent body decides a whole group of subjects at once by one secret ballot of its
 * members present, never above a subject's ceiling, counted by the campaign's counting rule, the quota applied over
 * the whole group, confirmed by the chair; with the campaign's decision groups, the cells' proposing ballots, the
 * grading input read for each subject and re-grading. The reusable model {@code processes/decision-session.bpmn}; its
 * contract {@link vn.partyreview.decision.DecisionSessionProcess}. Everything a session decides on is read from the
 * records (subjects through {@link vn.partyreview.grading.DecisionSubjects}, votes from the ballot box).
 * {@link vn.partyreview.decision.DecisionRequests} is the module's entry.
 */
package vn.partyreview.decision;
