package vn.partyreview.grading.points;

import java.util.Arrays;
import java.util.Optional;
import vn.partyreview.organization.CellCategory;

/**
 * Which scoring sheet: the appendices of HD 43-HD/BTCTW under QĐ 366 (Phụ lục 1 collectives and organisations,
 * 3 leaders, 4 members without a post, 5 members outside the political system) and the ward plan's Biểu 1–5 by
 * cell category under QĐ 132 [ward plan II.1.2].
 */
public enum SheetKind {
    PL1("Phụ lục 1"), PL3("Phụ lục 3"), PL4("Phụ lục 4"), PL5("Phụ lục 5"),
    BIEU_1("Biểu 1"), BIEU_2("Biểu 2"), BIEU_3("Biểu 3"), BIEU_4("Biểu 4"), BIEU_5("Biểu 5");

    private final String label;

    SheetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** QĐ 366 Đ10: only the appendices' 30/70 totals are national; the Biểu are the province's own. */
    public boolean nationalTotals() {
        return name().startsWith("PL");
    }

    /** Phụ lục 4 scores the task results by sector. */
    boolean bySector() {
        return this == PL4;
    }

    /** The Biểu of a basic organisation's category, as {@link CellCategory#scoringSheet()} names it. */
    public static Optional<SheetKind> of(CellCategory category) {
        return category == null || category.scoringSheet() == null ? Optional.empty()
                : Arrays.stream(values()).filter(kind -> kind.label.equals(category.scoringSheet())).findFirst();
    }
}
