package vn.partyreview.grading.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** QĐ 366-QĐ/TW Đ10: a Phụ lục's items total 30 common points and 70 task-results points; the Biểu are free. */
class SheetTotalsTest {

    @ParameterizedTest(name = "{0}: common {1}, tasks {2} -> {3} problem(s)")
    @CsvSource({
            // Đ10: the national totals hold
            "PL1, '10,10,10', '40,30', 0",
            "PL3, '29.5,0.5', '70', 0",
            // Đ10: a common group short of 30
            "PL4, '10,10,9', '40,30', 1",
            // Đ10: a task-results group over 70
            "PL5, '10,20', '40,31', 1",
            // both groups wrong, and a group missing altogether counts 0
            "PL1, '10', '', 2",
            // Biểu 1-5 of the ward plan: the province's own sheets, no national totals
            "BIEU_2, '25', '50,20', 0",
            "BIEU_5, '1', '', 0",
    })
    void theTotalsOfAnAppendixAreNational(SheetKind kind, String common, String tasks, int problems) {
        List<SheetItem> items = new ArrayList<>();
        add(items, ItemGroup.COMMON, common);
        add(items, ItemGroup.TASKS, tasks);
        assertThat(SheetTotals.problems(kind, items)).hasSize(problems);
    }

    @ParameterizedTest
    @CsvSource({"PL1", "BIEU_1"})
    void aSheetWithoutItemsIsNoSheet(SheetKind kind) {
        assertThat(SheetTotals.problems(kind, List.of())).singleElement().asString().contains("không có tiêu chí");
    }

    @ParameterizedTest
    @CsvSource({"PL4, '10,10,9', '40,30', 'nhóm tiêu chí chung của Phụ lục 4 phải là 30 (đang là 29)'"})
    void theMessageSaysWhichGroupAndBy(SheetKind kind, String common, String tasks, String message) {
        List<SheetItem> items = new ArrayList<>();
        add(items, ItemGroup.COMMON, common);
        add(items, ItemGroup.TASKS, tasks);
        assertThat(SheetTotals.problems(kind, items)).singleElement().asString().contains(message);
    }

    private static void add(List<SheetItem> items, ItemGroup group, String maxima) {
        if (maxima == null || maxima.isBlank()) {
            return;
        }
        for (String max : maxima.split(",")) {
            items.add(new SheetItem(group.name() + items.size(), "Tiêu chí " + items.size(), group,
                    new BigDecimal(max)));
        }
    }
}
