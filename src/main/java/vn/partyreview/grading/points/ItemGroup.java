package vn.partyreview.grading.points;

import java.math.BigDecimal;

/** The two groups of QĐ 366 Đ10, with their national totals: common criteria 30, task results 70. */
public enum ItemGroup {
    COMMON(30, "nhóm tiêu chí chung"), TASKS(70, "nhóm kết quả thực hiện nhiệm vụ");

    private final BigDecimal total;
    private final String label;

    ItemGroup(int total, String label) {
        this.total = BigDecimal.valueOf(total);
        this.label = label;
    }

    public BigDecimal total() {
        return total;
    }

    public String label() {
        return label;
    }
}
