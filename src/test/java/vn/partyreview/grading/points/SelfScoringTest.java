package vn.partyreview.grading.points;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QĐ 366 Đ10 and issue 13: a subject scores every item of its sheet within the item's maximum; the group totals
 * are the sums of the items, whatever total the browser might claim.
 */
class SelfScoringTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Sheet SHEET = new Sheet(SheetKind.PL4, "DU-X", null, List.of(
            new SheetItem("C1", "Tư tưởng chính trị", ItemGroup.COMMON, BigDecimal.valueOf(20)),
            new SheetItem("C2", "Tổ chức kỷ luật", ItemGroup.COMMON, BigDecimal.TEN),
            new SheetItem("T1", "Nhiệm vụ chuyên môn", ItemGroup.TASKS, BigDecimal.valueOf(50)),
            new SheetItem("T2", "Sáng kiến", ItemGroup.TASKS, BigDecimal.valueOf(20))));

    @ParameterizedTest(name = "{0} -> common {1}, tasks {2}, problem: {3}")
    @CsvSource(delimiter = '|', value = {
            // every item within its maximum: the totals are the sums per group
            "[{'code':'C1','points':18},{'code':'C2','points':9.5},{'code':'T1','points':45},{'code':'T2','points':20}] | 27.5 | 65 | ",
            // the order of the items does not matter; 0 is a score
            "[{'code':'T2','points':0},{'code':'T1','points':50},{'code':'C2','points':10},{'code':'C1','points':20}] | 30 | 50 | ",
            // an item above its own maximum, though below the group's 30
            "[{'code':'C1','points':18},{'code':'C2','points':11},{'code':'T1','points':45},{'code':'T2','points':20}] | 29 | 65 | C2 (Tổ chức kỷ luật): điểm phải từ 0 đến 10 (đang là 11)",
            // below 0
            "[{'code':'C1','points':-1},{'code':'C2','points':9},{'code':'T1','points':45},{'code':'T2','points':20}] | 8 | 65 | C1 (Tư tưởng chính trị): điểm phải từ 0 đến 20",
            // an item left out
            "[{'code':'C1','points':18},{'code':'C2','points':9},{'code':'T1','points':45}] | 27 | 45 | T2 (Sáng kiến): chưa chấm điểm",
            // an item not on the sheet
            "[{'code':'C1','points':18},{'code':'C2','points':9},{'code':'T1','points':45},{'code':'T2','points':20},{'code':'X9','points':5}] | 27 | 65 | Tiêu chí không có trong Phụ lục 4: X9",
            // the same item twice
            "[{'code':'C1','points':18},{'code':'C1','points':20},{'code':'C2','points':9},{'code':'T1','points':45},{'code':'T2','points':20}] | 27 | 65 | C1 được chấm hai lần",
            // points that are not a number
            "[{'code':'C1','points':'18'},{'code':'C2','points':9},{'code':'T1','points':45},{'code':'T2','points':20}] | 9 | 65 | C1 (Tư tưởng chính trị): chưa nhập điểm",
    })
    void itemsAreScoredOnTheSheet(String items, BigDecimal common, BigDecimal tasks, String problem)
            throws Exception {
        SelfScoring.Scored scored = SelfScoring.score(SHEET, JSON.readTree(items.replace('\'', '"')));
        assertThat(scored.common()).isEqualByComparingTo(common);
        assertThat(scored.tasks()).isEqualByComparingTo(tasks);
        if (problem == null) {
            assertThat(scored.problems()).isEmpty();
            assertThat(scored.scores()).containsOnlyKeys("common", "tasks");
        } else {
            assertThat(scored.problems()).singleElement().asString().contains(problem);
        }
    }

    @Test
    void anythingButAListOfItemsIsNoScoring() throws Exception {
        for (String value : List.of("{\"common\": 30, \"tasks\": 70}", "100", "null")) {
            assertThat(SelfScoring.score(SHEET, JSON.readTree(value)).valid()).as(value).isFalse();
        }
        assertThat(SelfScoring.score(SHEET, null).valid()).isFalse();
    }

    @Test
    void theScoringAsRecordedKeepsEachItemWithItsWordingMaximumAndPointsInTheSheetsOrder() throws Exception {
        SelfScoring.Scored scored = SelfScoring.score(SHEET, JSON.readTree(
                "[{\"code\":\"T2\",\"points\":20},{\"code\":\"T1\",\"points\":45.50},"
                        + "{\"code\":\"C2\",\"points\":9.5},{\"code\":\"C1\",\"points\":18}]"));

        ScoredSheet recorded = ScoredSheet.of(SHEET, scored);

        assertThat(recorded.items()).extracting(item -> item.code() + " " + item.label() + " "
                + item.maxPoints().toPlainString() + " " + item.points().toPlainString()).containsExactly(
                "C1 Tư tưởng chính trị 20 18", "C2 Tổ chức kỷ luật 10 9.5", "T1 Nhiệm vụ chuyên môn 50 45.5",
                "T2 Sáng kiến 20 20");
        assertThat(recorded.total(ItemGroup.COMMON)).isEqualByComparingTo(scored.common());
        assertThat(recorded.total(ItemGroup.TASKS)).isEqualByComparingTo(scored.tasks());
        assertThat(recorded.total().toPlainString()).isEqualTo("93");
        assertThat(recorded.sector()).isNull();
        assertThat(recorded.ownerCode()).isEqualTo("DU-X");
    }
}
