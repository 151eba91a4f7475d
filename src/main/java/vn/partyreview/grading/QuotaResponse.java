package vn.partyreview.grading;

import vn.partyreview.grading.rules.QuotaResult;

public record QuotaResponse(int httnvOrBetter, int maxHtxsnv) {

    static QuotaResponse of(QuotaResult result) {
        return new QuotaResponse(result.httnvOrBetter(), result.maxHtxsnv());
    }
}
