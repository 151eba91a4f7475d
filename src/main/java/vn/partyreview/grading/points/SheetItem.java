package vn.partyreview.grading.points;

import java.math.BigDecimal;

/** One item of a scoring sheet: its code, its wording, its group and the most points it gives. */
public record SheetItem(String code, String label, ItemGroup group, BigDecimal maxPoints) {
}
