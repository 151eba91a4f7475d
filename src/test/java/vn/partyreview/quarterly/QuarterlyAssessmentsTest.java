package vn.partyreview.quarterly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HD 43 Mẫu 05: what a quarter's self-assessment must hold, each refusal naming its field. */
class QuarterlyAssessmentsTest {

    @BeforeEach
    void onTheFifthOfMay2026() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-05-05T03:00:00Z")));
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "{0}/{1} {2} {3} {4} → {5}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "2026|2|Tuyên truyền|Hoàn thành 100%|HTTNV|",
            "2025|4|Tuyên truyền|Hoàn thành|HTXSNV|",
            // the quarter must have begun by the engine's clock
            "2026|3|Tuyên truyền|Hoàn thành|HTTNV|quarter",
            "2027|1|Tuyên truyền|Hoàn thành|HTTNV|year",
            "1999|1|Tuyên truyền|Hoàn thành|HTTNV|year",
            "abc|1|Tuyên truyền|Hoàn thành|HTTNV|year",
            "2026|5|Tuyên truyền|Hoàn thành|HTTNV|quarter",
            "2026|0|Tuyên truyền|Hoàn thành|HTTNV|quarter",
            "2026|1|'   '|Hoàn thành|HTTNV|tasks",
            "2026|1|Tuyên truyền|null|HTTNV|results",
            "2026|1|Tuyên truyền|Hoàn thành|TOT|selfLevel",
            "2026|1|Tuyên truyền|Hoàn thành|null|selfLevel",
    })
    void refusalsNameTheField(String year, String quarter, String tasks, String results, String level,
                              String refused) {
        var refusals = QuarterlyAssessments.refusals(year, quarter, tasks, results, level);
        if (refused == null) {
            assertThat(refusals).isEmpty();
        } else {
            assertThat(refusals).containsOnlyKeys(refused);
            assertThat(refusals.get(refused)).isNotBlank();
        }
    }

    @ParameterizedTest
    @CsvSource({"tasks", "results"})
    void textsAreLimited(String field) {
        String longText = "x".repeat(QuarterlyAssessments.MAX_TEXT + 1);
        var refusals = field.equals("tasks")
                ? QuarterlyAssessments.refusals("2026", "1", longText, "Hoàn thành", "HTNV")
                : QuarterlyAssessments.refusals("2026", "1", "Tuyên truyền", longText, "HTNV");
        assertThat(refusals).containsOnlyKeys(field);
        assertThat(refusals.get(field)).contains("dài quá");
    }
}
