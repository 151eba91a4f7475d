package vn.partyreview.grading;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The grading API of SPEC §15 (rule set QD366-2025) on the endpoints of §8. */
@WebMvcTest(GradingController.class)
@AutoConfigureMockMvc(addFilters = false)
@ContextConfiguration(classes = GradingControllerTest.GradingWebSlice.class)
class Qd366GradingApiTest {

    private static final String DONE_WELL = "\"tasksCompletedPercent\": 100, \"tasksOnTimePercent\": 100";

    @Autowired
    private MockMvc mvc;

    @Test
    void gradesAMemberOnPointsWithoutCriteria() throws Exception {
        evaluate("""
                {"ruleSet": "QD366-2025", "subjectType": "MEMBER", "scores": {"common": 29.5, "tasks": 60},
                 "facts": {%s, "tasksExceededPercent": 40, "previousShortcomingsFixedPercent": 100}}"""
                .formatted(DONE_WELL))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.graded").value(true))
                .andExpect(jsonPath("$.maxLevel").value("HTTNV"))
                .andExpect(jsonPath("$.score").value(89.5))
                .andExpect(jsonPath("$.reasons[*].rule", contains("D11-points-below-htxsnv")))
                .andExpect(jsonPath("$.reasons[0].message",
                        startsWith("Điều 11 Quy định 366-QĐ/TW: tổng điểm 89,5/100, dưới 90 điểm")))
                .andExpect(jsonPath("$.waivable", empty()));
    }

    @Test
    void reportsAKnockOutOnForceMajeureAsWaivable() throws Exception {
        evaluate("""
                {"ruleSet": "QD366-2025", "subjectType": "LEADER", "scores": {"common": 28, "tasks": 62},
                 "facts": {%s, "unitTasksCompletedPercent": 65, "forceMajeure": true}}""".formatted(DONE_WELL))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maxLevel").value("KHTNV"))
                .andExpect(jsonPath("$.score").value(90))
                .andExpect(jsonPath("$.reasons[*].rule", hasItem("D11-khtnv-unit-tasks")))
                .andExpect(jsonPath("$.waivable", contains("D11-khtnv-unit-tasks")));
    }

    @Test
    void answersKhtnvWhereNoLevelsConditionsHold() throws Exception {
        evaluate("""
                {"ruleSet": "QD366-2025", "subjectType": "PARTY_ORGANIZATION", "scores": {"common": 25, "tasks": 35},
                 "facts": {"tasksCompletedPercent": 80}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maxLevel").value("KHTNV"))
                .andExpect(jsonPath("$.reasons[*].rule", hasItem("D11-no-level-conditions-hold")))
                .andExpect(jsonPath("$.waivable", contains("D11-no-level-conditions-hold")));
    }

    @Test
    void answersNotGradedForAMemberAdmittedRecently() throws Exception {
        evaluate("""
                {"ruleSet": "QD366-2025", "subjectType": "MEMBER", "scores": {"common": 20, "tasks": 50},
                 "facts": {"monthsSinceAdmission": 5}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.graded").value(false))
                .andExpect(jsonPath("$.maxLevel").value(nullValue()))
                .andExpect(jsonPath("$.reasons[0].rule").value("D5-admitted-recently"));
    }

    @Test
    void keepsTheRatingBasedAnswerAndAddsAnEmptyScore() throws Exception {
        evaluate("""
                {"subjectType": "MEMBER", "criteria": [{"code": "nhiem-vu", "key": true, "rating": "XUAT_SAC"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maxLevel").value("HTXSNV"))
                .andExpect(jsonPath("$.reasons", empty()))
                .andExpect(jsonPath("$.score").value(nullValue()))
                .andExpect(jsonPath("$.waivable", empty()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            QD366 20% of 9                      | QD366-2025 | false | 9 | 1 | D11-quota-20pct
            QD366 25% of 9 for an outstanding   | QD366-2025 | true  | 9 | 2 | D11-quota-25pct
            QD366 20% of 4, no small groups     | QD366-2025 | false | 4 | 0 | D11-quota-20pct
            QD132 ignores the outstanding mark  | QD132-2018 | true  | 9 | 1 | QUOTA-20PCT-v1
            QD132 keeps its small-group rule    | QD132-2018 | false | 4 | 1 | QUOTA-20PCT-v1
            """)
    void capsTheQuotaByTheRuleSetAndTheOutstandingMark(String clause, String ruleSet, boolean outstanding,
                                                       int httnv, int cap, String rule) throws Exception {
        String levels = String.join(",", Collections.nCopies(httnv, "\"HTTNV\""));
        post("/api/grading/quota", """
                {"ruleSet": "%s", "outstanding": %s, "levels": [%s, "HTNV"]}""".formatted(ruleSet, outstanding, levels))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.httnvOrBetter").value(httnv))
                .andExpect(jsonPath("$.maxHtxsnv").value(cap))
                .andExpect(jsonPath("$.rule").value(rule));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            scores missing               | "subjectType": "MEMBER"                                                  | scores                          | Bộ tiêu chuẩn QD366-2025 chấm theo thang 100 điểm
            common above 30              | "subjectType": "MEMBER", "scores": {"common": 31, "tasks": 60}           | scores.common                   | Điểm nhóm tiêu chí chung phải từ 0 đến 30
            common below 0               | "subjectType": "MEMBER", "scores": {"common": -0.5, "tasks": 60}         | scores.common                   | Điểm nhóm tiêu chí chung phải từ 0 đến 30
            common missing               | "subjectType": "MEMBER", "scores": {"tasks": 60}                         | scores.common                   | Điểm nhóm tiêu chí chung phải từ 0 đến 30
            tasks above 70               | "subjectType": "LEADER", "scores": {"common": 30, "tasks": 70.5}         | scores.tasks                    | Điểm kết quả thực hiện nhiệm vụ phải từ 0 đến 70
            common as text               | "subjectType": "MEMBER", "scores": {"common": "ba", "tasks": 60}         | scores.common                   | Sai kiểu dữ liệu: cần một số
            scores as a number           | "subjectType": "MEMBER", "scores": 90                                    | scores                          | Sai kiểu dữ liệu: cần một đối tượng JSON
            on-time percent above 100    | "subjectType": "MEMBER", "scores": {"common": 30, "tasks": 60}, "facts": {"tasksOnTimePercent": 101} | facts.tasksOnTimePercent | Tỷ lệ nhiệm vụ hoàn thành đúng tiến độ, bảo đảm chất lượng phải từ 0 đến 100
            low confidence below 0       | "subjectType": "LEADER", "scores": {"common": 30, "tasks": 60}, "facts": {"lowConfidenceVotesPercent": -1} | facts.lowConfidenceVotesPercent | Tỷ lệ phiếu tín nhiệm thấp phải từ 0 đến 100
            units KHT percent as text    | "subjectType": "LEADER", "scores": {"common": 30, "tasks": 60}, "facts": {"subordinateUnitsKhtPercent": "nua"} | facts.subordinateUnitsKhtPercent | Sai kiểu dữ liệu: cần một số
            unknown discipline level     | "subjectType": "MEMBER", "scores": {"common": 30, "tasks": 60}, "facts": {"disciplineLevel": "PHE_BINH"} | facts.disciplineLevel | Giá trị không hợp lệ; chỉ chấp nhận: NONE, KHIEN_TRACH, CANH_CAO, CACH_CHUC, KHAI_TRU
            text where a bool is due     | "subjectType": "MEMBER", "scores": {"common": 30, "tasks": 60}, "facts": {"violatedProhibitions": "co"} | facts.violatedProhibitions | Sai kiểu dữ liệu: cần true hoặc false
            """)
    void rejectsBadQd366InputNamingTheField(String problem, String body, String field, String message)
            throws Exception {
        evaluate("{\"ruleSet\": \"QD366-2025\", " + body + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message", startsWith(message)));
    }

    @Test
    void rejectsAnOutstandingMarkThatIsNotABoolean() throws Exception {
        post("/api/grading/quota", """
                {"ruleSet": "QD366-2025", "outstanding": "co", "levels": ["HTTNV"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outstanding"))
                .andExpect(jsonPath("$.errors[0].message").value("Sai kiểu dữ liệu: cần true hoặc false"));
    }

    private ResultActions evaluate(String body) throws Exception {
        return post("/api/grading/evaluate", body);
    }

    private ResultActions post(String path, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
