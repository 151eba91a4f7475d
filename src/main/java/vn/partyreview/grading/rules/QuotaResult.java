package vn.partyreview.grading.rules;

/**
 * @param rule          id of the quota rule that computed the cap, cited when a decision exceeds it
 * @param httnvOrBetter number of the group's levels at HTTNV or better
 * @param maxHtxsnv     how many of the group may be HTXSNV
 */
public record QuotaResult(String rule, int httnvOrBetter, int maxHtxsnv) {
}
