package vn.partyreview.grading;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import vn.partyreview.grading.rules.Level;

/**
 * Body of {@code POST /api/grading/quota}: the decided levels of one quota group.
 *
 * @param outstanding the competent body marked the organisation outstanding (QD366-2025: 25% instead of 20%)
 */
public record QuotaRequest(
        String ruleSet,
        @NotNull(message = "Phải có danh sách mức xếp loại") List<@NotNull(message = "Thiếu mức xếp loại") Level> levels,
        Boolean outstanding) {

    boolean isOutstanding() {
        return Boolean.TRUE.equals(outstanding);
    }
}
