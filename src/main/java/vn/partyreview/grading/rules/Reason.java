package vn.partyreview.grading.rules;

/** Why a level is ruled out (or why the subject is not graded): a stable rule id and a Vietnamese message. */
public record Reason(String rule, String message) {
}
