/**
 * The grading standards as plain Java over plain values: no Spring, no Camunda (the annotation below only tells
 * the module check that other modules may use this vocabulary — levels, subject types, results).
 * A rule set ({@link vn.partyreview.grading.rules.GradingRuleSet}) is named and versioned; {@code qd132} holds the
 * rules of Quy định 132-QĐ/TW as the seed plans apply them.
 */
@NamedInterface("rules")
package vn.partyreview.grading.rules;

import org.springframework.modulith.NamedInterface;
