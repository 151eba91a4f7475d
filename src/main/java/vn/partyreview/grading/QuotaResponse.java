package vn.partyreview.grading;

import vn.partyreview.grading.rules.QuotaResult;

/** @param rule the id of the quota rule applied, e.g. {@code D11-quota-25pct} for an outstanding organisation */
public record QuotaResponse(int httnvOrBetter, int maxHtxsnv, String rule) {

    static QuotaResponse of(QuotaResult result) {
        return new QuotaResponse(result.httnvOrBetter(), result.maxHtxsnv(), result.rule());
    }
}
