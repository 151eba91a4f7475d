/**
 * Grading (SPEC §8, §9): the rule sets in plain Java under {@code grading/rules}, the grading API and the decisions
 * recorded. {@link vn.partyreview.grading.GradingService} is the module's entry.
 */
package vn.partyreview.grading;
