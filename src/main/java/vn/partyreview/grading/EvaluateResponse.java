package vn.partyreview.grading;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.partyreview.grading.rules.GradingResult;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.Reason;

/** The contract keeps {@code "maxLevel": null} for subjects not graded, whatever the global Jackson settings. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EvaluateResponse(boolean graded, Level maxLevel, List<Reason> reasons) {

    static EvaluateResponse of(GradingResult result) {
        return new EvaluateResponse(result.graded(), result.maxLevel(), result.reasons());
    }
}
