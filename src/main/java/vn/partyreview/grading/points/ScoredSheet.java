package vn.partyreview.grading.points;

import java.math.BigDecimal;
import java.util.List;

/**
 * A subject's self-scoring as recorded: the sheet it was scored on (kind, owner, sector) and each of its items with
 * the wording and maximum the form showed and the points given, in the sheet's order (HD 43 Mẫu 01 part B, Mẫu
 * 2A/2B/2C). Kept as scored, so a sheet imported again later does not change what a subject signed.
 */
public record ScoredSheet(SheetKind kind, String ownerCode, String sector, List<Item> items) {

    public record Item(String code, String label, ItemGroup group, BigDecimal maxPoints, BigDecimal points) {
    }

    public List<Item> items(ItemGroup group) {
        return items.stream().filter(item -> item.group() == group).toList();
    }

    /** The points given in a group, as plainly as written (27.5, not 27.50). */
    public BigDecimal total(ItemGroup group) {
        return plain(items(group).stream().map(Item::points).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public BigDecimal total() {
        return plain(total(ItemGroup.COMMON).add(total(ItemGroup.TASKS)));
    }

    /** The sum of the items' maxima: 100 on the appendices of HD 43, the province's own total on a Biểu. */
    public BigDecimal maximum() {
        return plain(items.stream().map(Item::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** What the deciders read beside the self-assessed level: "Biểu 2: 85/100 điểm". */
    public String summary() {
        return kind.label() + ": " + total().toPlainString() + "/" + maximum().toPlainString() + " điểm";
    }

    static ScoredSheet of(Sheet sheet, SelfScoring.Scored scored) {
        return new ScoredSheet(sheet.kind(), sheet.ownerCode(), sheet.sector(), sheet.items().stream()
                .map(item -> new Item(item.code(), item.label(), item.group(), plain(item.maxPoints()),
                        plain(scored.points().getOrDefault(item.code(), BigDecimal.ZERO)))).toList());
    }

    private static BigDecimal plain(BigDecimal number) {
        return new BigDecimal(SelfScoring.plain(number));
    }
}
