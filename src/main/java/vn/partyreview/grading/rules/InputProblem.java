package vn.partyreview.grading.rules;

/** Input a rule set cannot grade, e.g. {@code scores.common} out of its range; the message is Vietnamese. */
public record InputProblem(String field, String message) {
}
