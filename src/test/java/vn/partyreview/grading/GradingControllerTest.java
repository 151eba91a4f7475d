package vn.partyreview.grading;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(GradingController.class)
@AutoConfigureMockMvc(addFilters = false)
class GradingControllerTest {

    /** Replaces the application class: its @EnableProcessApplication needs a process engine this slice lacks. */
    @Configuration
    @Import({GradingController.class, GradingApiErrors.class, GradingConfiguration.class, GradingService.class,
            GradingInputReader.class})
    static class GradingWebSlice {
    }

    @Autowired
    private MockMvc mvc;

    @Test
    void evaluatesAMemberAndExplainsTheRuledOutLevel() throws Exception {
        postJson("/api/grading/evaluate", """
                {"subjectType": "MEMBER",
                 "criteria": [{"code": "nhiem-vu", "key": true, "rating": "TOT"},
                              {"code": "tu-tuong", "key": false, "rating": "XUAT_SAC"}],
                 "facts": {"civilServant": true, "civilServantLevel": "HTXSNV"}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.graded").value(true))
                .andExpect(jsonPath("$.maxLevel").value("HTTNV"))
                .andExpect(jsonPath("$.reasons", hasSize(1)))
                .andExpect(jsonPath("$.reasons[0].rule").value("II.2.3.a-key-criteria"))
                .andExpect(jsonPath("$.reasons[0].message", startsWith("Mục II.2.3.a: tiêu chí chủ yếu \"nhiem-vu\"")));
    }

    @Test
    void answersNotGradedWithANullMaxLevelAndAReason() throws Exception {
        postJson("/api/grading/evaluate", """
                {"subjectType": "MEMBER", "criteria": [], "facts": {"monthsSinceAdmission": 4}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.graded").value(false))
                .andExpect(jsonPath("$.maxLevel").value(nullValue()))
                .andExpect(jsonPath("$.reasons[0].rule").value("II.6-admitted-under-6-months"));
    }

    @Test
    void evaluatesAnOrganisationWithAnExplicitRuleSet() throws Exception {
        postJson("/api/grading/evaluate", """
                {"ruleSet": "QD132-2018", "subjectType": "PARTY_ORGANIZATION",
                 "criteria": [{"code": "xay-dung-dang", "key": true, "rating": "XUAT_SAC"}],
                 "facts": {"kind": "CELL", "subordinateLevels": ["HTTNV", "HTNV", "HTNV"],
                           "mttqLevel": "KHTNV", "massOrganizationLevels": ["KHTNV"]}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maxLevel").value("KHTNV"))
                .andExpect(jsonPath("$.reasons[*].rule", hasItem("II.1.4.d-mttq-mass-orgs-khtnv")))
                .andExpect(jsonPath("$.reasons[*].rule", hasItem("II.1.4.b-subordinates-50pct")));
    }

    @Test
    void toleratesPointsAndUnknownFieldsForLaterRuleSets() throws Exception {
        postJson("/api/grading/evaluate", """
                {"subjectType": "LEADERSHIP_COLLECTIVE",
                 "criteria": [{"code": "c1", "key": true, "rating": "XUAT_SAC", "points": 28}],
                 "facts": {"unitLevel": "HTTNV"}, "scoreSheet": "BIEU-1"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maxLevel").value("HTTNV"))
                .andExpect(jsonPath("$.reasons[0].rule").value("II.3.3.a-unit-cap"));
    }

    @Test
    void computesTheQuotaOfAGroup() throws Exception {
        postJson("/api/grading/quota", """
                {"levels": ["HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV",
                            "HTTNV", "HTNV", "KHTNV"]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.httnvOrBetter").value(10))
                .andExpect(jsonPath("$.maxHtxsnv").value(2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing subjectType      | {"criteria": []}                                                           | subjectType
            unknown subjectType      | {"subjectType": "CITIZEN"}                                                 | subjectType
            rating out of range      | {"subjectType": "MEMBER", "criteria": [{"code": "c1", "rating": "GIOI"}]}  | criteria[0].rating
            rating as a number       | {"subjectType": "MEMBER", "criteria": [{"code": "c1", "rating": 1}]}       | criteria[0].rating
            missing rating           | {"subjectType": "MEMBER", "criteria": [{"code": "c1", "key": true}]}       | criteria[0].rating
            missing criterion code   | {"subjectType": "MEMBER", "criteria": [{"rating": "TOT"}]}                 | criteria[0].code
            percent above 100        | {"subjectType": "MEMBER", "facts": {"targetsCompletedPercent": 100.5}}     | facts.targetsCompletedPercent
            percent below 0          | {"subjectType": "MEMBER", "facts": {"targetsCompletedPercent": -1}}        | facts.targetsCompletedPercent
            negative months          | {"subjectType": "MEMBER", "facts": {"sickLeaveMonths": -2}}                | facts.sickLeaveMonths
            unknown level in a list  | {"subjectType": "PARTY_ORGANIZATION", "facts": {"subordinateLevels": ["HTTNV", "TOT"]}} | facts.subordinateLevels[1]
            unknown discipline       | {"subjectType": "LEADERSHIP_COLLECTIVE", "facts": {"memberDisciplineMax": "PHE_BINH"}}  | facts.memberDisciplineMax
            text where a bool is due | {"subjectType": "MEMBER", "facts": {"disciplined": "co"}}                   | facts.disciplined
            object where a list is due | {"subjectType": "MEMBER", "criteria": {"code": "c1"}}                     | criteria
            text where a number is due | {"subjectType": "MEMBER", "facts": {"sickLeaveMonths": "ba"}}            | facts.sickLeaveMonths
            unknown rule set         | {"ruleSet": "QD999", "subjectType": "MEMBER"}                              | ruleSet
            """)
    void rejectsBadEvaluateInputNamingTheField(String problem, String body, String field) throws Exception {
        postJson("/api/grading/evaluate", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing levels      | {}                          | levels
            unknown level       | {"levels": ["HTTNV", "A"]}  | levels[1]
            null level          | {"levels": ["HTTNV", null]} | levels[1]
            levels not a list   | {"levels": 3}               | levels
            """)
    void rejectsBadQuotaInputNamingTheField(String problem, String body, String field) throws Exception {
        postJson("/api/grading/quota", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @Test
    void rejectsMalformedJson() throws Exception {
        postJson("/api/grading/evaluate", "{\"subjectType\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Nội dung yêu cầu không phải JSON hợp lệ"));
    }

    @Test
    void answersInVietnamese() throws Exception {
        postJson("/api/grading/evaluate", """
                {"subjectType": "MEMBER", "facts": {"targetsCompletedPercent": 120}}""")
                .andExpect(jsonPath("$.errors[0].message").value("Tỷ lệ hoàn thành chỉ tiêu phải từ 0 đến 100"));
    }

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
