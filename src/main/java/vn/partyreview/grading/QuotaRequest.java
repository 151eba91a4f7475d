package vn.partyreview.grading;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import vn.partyreview.grading.rules.Level;

/** Body of {@code POST /api/grading/quota}: the decided levels of one quota group. */
public record QuotaRequest(
        String ruleSet,
        @NotNull(message = "Phải có danh sách mức xếp loại") List<@NotNull(message = "Thiếu mức xếp loại") Level> levels) {
}
