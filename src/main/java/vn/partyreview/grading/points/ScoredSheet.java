package vn.partyreview.grading.points;

import java.math.BigDecimal;
import java.util.List;

/**
 * A self-scoring kept as it was scored: the sheet's items as they read then (a sheet imported again later does not
 * change what was scored), the points given and the totals computed here. The ward plan's "Biểu chấm điểm tự đánh
 * giá chất lượng" of a party organisation under QĐ 132 [ward plan II.1.2, C.1].
 */
public record ScoredSheet(SheetKind kind, String owner, List<Line> items, BigDecimal total, BigDecimal maximum) {

    /** One item: its code, wording, group, maximum and the points given. */
    public record Line(String code, String label, String group, BigDecimal max, BigDecimal points) {
    }

    /** The sheet with the points of a valid scoring; the totals are the sums of the items. */
    public static ScoredSheet of(Sheet sheet, SelfScoring.Scored scored) {
        if (!scored.valid()) {
            throw new IllegalArgumentException(String.join("; ", scored.problems()));
        }
        List<Line> lines = sheet.items().stream().map(item -> new Line(item.code(), item.label(),
                item.group().label(), plain(item.maxPoints()), plain(scored.points().get(item.code())))).toList();
        return new ScoredSheet(sheet.kind(), sheet.owner(), lines,
                plain(lines.stream().map(Line::points).reduce(BigDecimal.ZERO, BigDecimal::add)),
                plain(lines.stream().map(Line::max).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    /** What the deciders read beside the self-assessed level: "Biểu 2: 85/100 điểm". */
    public String summary() {
        return kind.label() + ": " + total.toPlainString() + "/" + maximum.toPlainString() + " điểm";
    }

    private static BigDecimal plain(BigDecimal number) {
        return new BigDecimal(SelfScoring.plain(number));
    }
}
