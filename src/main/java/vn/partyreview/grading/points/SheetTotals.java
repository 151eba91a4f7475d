package vn.partyreview.grading.points;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * QĐ 366 Đ10: whatever items a committee sets, a Phụ lục's common group totals 30 points and its task-results group
 * 70. The Biểu 1–5 are the province's own and only need items worth something.
 */
final class SheetTotals {

    private SheetTotals() {
    }

    /** Vietnamese messages, one per group whose items do not add up; empty when the sheet holds. */
    static List<String> problems(SheetKind kind, List<SheetItem> items) {
        List<String> problems = new ArrayList<>();
        if (items.isEmpty()) {
            problems.add(kind.label() + " không có tiêu chí nào");
            return problems;
        }
        if (!kind.nationalTotals()) {
            return problems;
        }
        for (ItemGroup group : ItemGroup.values()) {
            BigDecimal sum = items.stream().filter(item -> item.group() == group).map(SheetItem::maxPoints)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(group.total()) != 0) {
                problems.add("Tổng điểm tối đa " + group.label() + " của " + kind.label() + " phải là "
                        + group.total() + " (đang là " + sum.stripTrailingZeros().toPlainString() + ")");
            }
        }
        return problems;
    }
}
