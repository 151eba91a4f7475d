package vn.partyreview.grading.points;

import java.util.List;
import java.util.Optional;

/**
 * A scoring sheet as a committee configured it: its kind, the committee that owns it (null: the national default),
 * the sector for Phụ lục 4 (null: every sector) and its items in order.
 */
public record Sheet(SheetKind kind, String ownerCode, String sector, List<SheetItem> items) {

    public Optional<SheetItem> item(String code) {
        return items.stream().filter(item -> item.code().equals(code)).findFirst();
    }

    /** Who set it, for the forms: the committee's code or "mặc định toàn quốc". */
    public String owner() {
        return ownerCode == null ? "mặc định toàn quốc" : ownerCode;
    }
}
