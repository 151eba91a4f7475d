package vn.partyreview.grading.rules.qd366;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.partyreview.grading.rules.Level.HTTNV;
import static vn.partyreview.grading.rules.Level.HTXSNV;
import static vn.partyreview.grading.rules.Level.KHTNV;
import static vn.partyreview.grading.rules.SubjectType.MEMBER;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import vn.partyreview.grading.rules.GradingFacts;
import vn.partyreview.grading.rules.GradingResult;
import vn.partyreview.grading.rules.GradingSubject;
import vn.partyreview.grading.rules.InputProblem;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.QuotaResult;
import vn.partyreview.grading.rules.Reason;
import vn.partyreview.grading.rules.Scores;
import vn.partyreview.grading.rules.SubjectType;

/**
 * The table of QĐ 366 (src/test/resources/grading/qd366-rules.csv): one row per condition and boundary, each naming
 * its clause. A row's facts are laid over a subject that meets every HTXSNV condition, so each row changes one thing.
 */
class Qd366RuleSetTest {

    private static final JsonMapper LENIENT_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .build();
    private static final String EXCELLENT = "{tasksCompletedPercent: 100, tasksOnTimePercent: 100, "
            + "tasksExceededPercent: 30, previousShortcomingsFixedPercent: 100}";
    private static final String EXCELLENT_UNITS = "{unitTasksCompletedPercent: 100, unitTasksOnTimePercent: 100, "
            + "unitTasksExceededPercent: 30}";

    private final Qd366RuleSet ruleSet = new Qd366RuleSet();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/grading/qd366-rules.csv", delimiterString = "|")
    void gradesByPointsConditionsAndKnockOuts(String clause, SubjectType type, BigDecimal common, BigDecimal tasks,
                                              String facts, String level, String rules, String waivable)
            throws Exception {
        GradingResult result = ruleSet.evaluate(new GradingSubject(type, null, facts(type, facts),
                new Scores(common, tasks)));

        boolean graded = !"NOT_GRADED".equals(level);
        assertThat(result.graded()).as("graded").isEqualTo(graded);
        assertThat(result.maxLevel()).as("maxLevel").isEqualTo(graded ? Level.valueOf(level) : null);
        assertThat(result.score()).as("score").isEqualByComparingTo(common.add(tasks));
        assertThat(result.reasons()).extracting(Reason::rule).as("rule ids")
                .containsExactlyInAnyOrderElementsOf(ids(rules));
        assertThat(result.waivable()).as("waivable").containsExactlyInAnyOrderElementsOf(ids(waivable));
        assertThat(result.reasons()).extracting(Reason::message).as("messages cite the article")
                .allMatch(message -> message.startsWith("Điều 11 Quy định 366-QĐ/TW: ")
                        || message.startsWith("Điều 5 Quy định 366-QĐ/TW: "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # clause                                                 | HTXSNV | HTTNV | HTNV | KHTNV | outstanding | N  | cap | rule
            Đ11 quota: 20% of 10                                     | 1      | 9     | 0    | 0     | false       | 10 | 2   | D11-quota-20pct
            Đ11 quota: 25% of 10 for an outstanding organisation    | 1      | 9     | 0    | 0     | true        | 10 | 2   | D11-quota-25pct
            Đ11 quota: 20% of 4, no small-group exception           | 0      | 4     | 0    | 0     | false       | 4  | 0   | D11-quota-20pct
            Đ11 quota: 25% of 4                                      | 0      | 4     | 0    | 0     | true        | 4  | 1   | D11-quota-25pct
            Đ11 quota: 20% of 5                                      | 0      | 5     | 0    | 0     | false       | 5  | 1   | D11-quota-20pct
            Đ11 quota: 20% of 9 rounds down                          | 2      | 7     | 0    | 0     | false       | 9  | 1   | D11-quota-20pct
            Đ11 quota: 25% of 8                                      | 2      | 6     | 0    | 0     | true        | 8  | 2   | D11-quota-25pct
            Đ11 quota: 20% of 20                                     | 4      | 16    | 0    | 0     | false       | 20 | 4   | D11-quota-20pct
            Đ11 quota: 25% of 20                                     | 4      | 16    | 0    | 0     | true        | 20 | 5   | D11-quota-25pct
            Đ11 quota: HTNV and KHTNV do not count                   | 3      | 7     | 5    | 2     | false       | 10 | 2   | D11-quota-20pct
            Đ11 quota: an empty group                                | 0      | 0     | 0    | 0     | true        | 0  | 0   | D11-quota-25pct
            """)
    void capsHtxsnvAtTwentyOrTwentyFivePercent(String clause, int htxsnv, int httnv, int htnv, int khtnv,
                                                 boolean outstanding, int n, int cap, String rule) {
        List<Level> group = new ArrayList<>();
        group.addAll(Collections.nCopies(htxsnv, HTXSNV));
        group.addAll(Collections.nCopies(httnv, HTTNV));
        group.addAll(Collections.nCopies(htnv, Level.HTNV));
        group.addAll(Collections.nCopies(khtnv, KHTNV));

        assertThat(ruleSet.quota(group, outstanding)).isEqualTo(new QuotaResult(rule, n, cap));
    }

    @Test
    void theQuotaWithoutTheMarkIsTwentyPercent() {
        assertThat(ruleSet.quota(Collections.nCopies(10, HTTNV)).maxHtxsnv()).isEqualTo(2);
    }

    @Test
    void messagesSayWhatFailedAndWhatFollowsInVietnamese() throws Exception {
        GradingResult result = ruleSet.evaluate(new GradingSubject(MEMBER, null,
                facts(MEMBER, "{tasksExceededPercent: 12.5}"), new Scores(BigDecimal.valueOf(30), BigDecimal.valueOf(65))));

        assertThat(result.reasons()).singleElement().extracting(Reason::message).isEqualTo(
                "Điều 11 Quy định 366-QĐ/TW: tỷ lệ nhiệm vụ hoàn thành vượt yêu cầu: 12,5%, chưa đạt từ 30%; "
                        + "mức cao nhất có thể là Hoàn thành tốt nhiệm vụ.");
    }

    @Test
    void aWaivableKnockOutSaysTheBodyMayDecideWithARecordedReason() throws Exception {
        GradingResult result = ruleSet.evaluate(new GradingSubject(MEMBER, null,
                facts(MEMBER, "{disciplineLevel: 'KHIEN_TRACH', selfReportedAndRemedied: true}"),
                new Scores(BigDecimal.valueOf(30), BigDecimal.valueOf(65))));

        assertThat(result.reasons()).singleElement().extracting(Reason::message).asString()
                .endsWith("xếp loại Không hoàn thành nhiệm vụ, trừ khi cấp có thẩm quyền xem xét, quyết định khác "
                        + "và ghi rõ lý do (tự phát hiện, báo cáo và khắc phục hậu quả).");
    }

    @Test
    void everyNumberComesFromTheThresholds() throws Exception {
        Qd366Thresholds standard = Qd366Thresholds.standard();
        Qd366Thresholds lenient = new Qd366Thresholds(standard.commonMax(), standard.tasksMax(),
                BigDecimal.valueOf(85), standard.httnvPoints(), standard.htnvPoints(), standard.allTasksPercent(),
                BigDecimal.valueOf(10), standard.behindScheduleMaxPercent(), standard.unitTasksKnockOutPercent(),
                standard.subordinateUnitsKhtMaxPercent(), standard.lowConfidenceMaxPercent(),
                standard.tasksFailedMaxPercent(), standard.minMonthsAsMember(), standard.minMonthsEstablished(),
                30, 35);
        Qd366RuleSet configured = new Qd366RuleSet(lenient);

        GradingResult result = configured.evaluate(new GradingSubject(MEMBER, null,
                facts(MEMBER, "{tasksExceededPercent: 10}"), new Scores(BigDecimal.valueOf(25), BigDecimal.valueOf(60))));

        assertThat(result.maxLevel()).isEqualTo(HTXSNV);
        assertThat(configured.quota(Collections.nCopies(10, HTTNV), true).maxHtxsnv()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            scores missing           | -    | -     | scores
            common missing           | -    | 60    | scores.common
            common above 30          | 30.5 | 60    | scores.common
            common below 0           | -1   | 60    | scores.common
            tasks above 70           | 30   | 70.01 | scores.tasks
            tasks missing            | 30   | -     | scores.tasks
            """)
    void refusesScoresOutsideTheirRange(String problem, BigDecimal common, BigDecimal tasks, String field) {
        Scores scores = common == null && tasks == null ? null : new Scores(common, tasks);
        GradingSubject subject = new GradingSubject(MEMBER, null, null, scores);

        assertThat(ruleSet.inputProblems(subject)).extracting(InputProblem::field).containsExactly(field);
        assertThatThrownBy(() -> ruleSet.evaluate(subject)).isInstanceOf(IllegalArgumentException.class);
    }

    private static GradingFacts facts(SubjectType type, String row) throws Exception {
        ObjectNode facts = (ObjectNode) LENIENT_JSON.readTree(EXCELLENT);
        if (type == SubjectType.LEADER) {
            facts.setAll((ObjectNode) LENIENT_JSON.readTree(EXCELLENT_UNITS));
        }
        if (row != null) {
            facts.setAll((ObjectNode) LENIENT_JSON.readTree(row));
        }
        List<String> absent = new ArrayList<>();
        facts.properties().forEach(entry -> {
            if (entry.getValue().isNull()) {
                absent.add(entry.getKey());
            }
        });
        facts.remove(absent);
        return LENIENT_JSON.treeToValue(facts, GradingFacts.class);
    }

    private static Set<String> ids(String spaceSeparated) {
        return spaceSeparated == null ? Set.of()
                : Arrays.stream(spaceSeparated.trim().split("\\s+")).collect(Collectors.toSet());
    }
}
