package vn.partyreview.grading.points;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A subject's self-scoring on its sheet, as the form sent it ({@code [{"code", "points"}, ...]}): every item of the
 * sheet scored once, 0 ≤ points ≤ the item's maximum. The group totals are computed here from the items; a total
 * the browser might send is never read (QĐ 366 Đ10, issue 13).
 */
public final class SelfScoring {

    /** The form's dynamic list, and the variable the items travel in. */
    public static final String ITEMS = "pointsItems";

    private SelfScoring() {
    }

    /** The totals, or the Vietnamese reasons why the scoring does not fit the sheet. */
    public record Scored(BigDecimal common, BigDecimal tasks, Map<String, BigDecimal> points, List<String> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }

        /** As the grading API takes {@code scores}. */
        public Map<String, Object> scores() {
            return Map.of("common", common, "tasks", tasks);
        }
    }

    public static Scored score(Sheet sheet, JsonNode submitted) {
        List<String> problems = new ArrayList<>();
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        if (submitted == null || !submitted.isArray()) {
            problems.add("Chưa chấm điểm theo các tiêu chí của " + sheet.kind().label());
            return new Scored(BigDecimal.ZERO, BigDecimal.ZERO, points, problems);
        }
        for (JsonNode entry : submitted) {
            String code = entry.path("code").isTextual() ? entry.path("code").asText() : null;
            SheetItem item = code == null ? null : sheet.item(code).orElse(null);
            if (item == null) {
                problems.add("Tiêu chí không có trong " + sheet.kind().label() + ": " + (code == null ? "(trống)" : code));
            } else if (points.containsKey(code)) {
                problems.add("Tiêu chí " + code + " được chấm hai lần");
            } else {
                JsonNode value = entry.path("points");
                if (!value.isNumber()) {
                    problems.add("Tiêu chí " + code + " (" + item.label() + "): chưa nhập điểm");
                    points.put(code, BigDecimal.ZERO);
                    continue;
                }
                BigDecimal given = value.decimalValue();
                if (given.signum() < 0 || given.compareTo(item.maxPoints()) > 0) {
                    problems.add("Tiêu chí " + code + " (" + item.label() + "): điểm phải từ 0 đến "
                            + plain(item.maxPoints()) + " (đang là " + plain(given) + ")");
                }
                points.put(code, given);
            }
        }
        sheet.items().stream().filter(item -> !points.containsKey(item.code())).forEach(item ->
                problems.add("Tiêu chí " + item.code() + " (" + item.label() + "): chưa chấm điểm"));
        return new Scored(total(sheet, points, ItemGroup.COMMON), total(sheet, points, ItemGroup.TASKS), points,
                problems);
    }

    /** As plainly as written: 60, not 6E+1, 27.5, not 27.50. */
    private static BigDecimal total(Sheet sheet, Map<String, BigDecimal> points, ItemGroup group) {
        BigDecimal sum = sheet.items().stream().filter(item -> item.group() == group)
                .map(item -> points.getOrDefault(item.code(), BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new BigDecimal(plain(sum));
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
