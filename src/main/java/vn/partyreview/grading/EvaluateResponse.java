package vn.partyreview.grading;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import vn.partyreview.grading.rules.GradingResult;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.Reason;

/**
 * The contract keeps {@code "maxLevel": null} for subjects not graded, and {@code "score": null} for rating-based
 * rule sets, whatever the global Jackson settings.
 *
 * @param score    total points (SPEC §15), null for rating-based rule sets
 * @param waivable ids of the reasons the competent body may lift, deciding with a recorded reason
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EvaluateResponse(boolean graded, Level maxLevel, List<Reason> reasons, BigDecimal score,
                               List<String> waivable) {

    static EvaluateResponse of(GradingResult result) {
        return new EvaluateResponse(result.graded(), result.maxLevel(), result.reasons(), result.score(),
                result.waivable());
    }
}
