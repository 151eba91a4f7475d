package vn.partyreview.quarterly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.partyreview.demo.DemoData;
import vn.partyreview.support.SpringAppTest;

/**
 * Mẫu 05 from Tasklist: a member starts "Tự đánh giá, xếp loại theo quý" with its start form, as Tasklist submits
 * it; the guard refuses bad input naming the field and starts nothing; who she is comes from her account.
 */
@SpringAppTest
class QuarterlyAssessmentTasklistTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    DemoData demoData;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    QuarterlyAssessments assessments;

    @BeforeEach
    void demo() {
        demoData.loadIfAbsent();
    }

    @Test
    void aMemberSubmitsHerQuarterAndItIsRecordedAsHers() throws Exception {
        ResponseEntity<String> started = start("thangnv", quarter("2026", "1", "HTTNV"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        assertThat(assessments.ofYear("DV0034", 2026)).singleElement().satisfies(q -> {
            assertThat(q.quarter()).isEqualTo(1);
            assertThat(q.results()).isEqualTo("Vận động 12 hộ gia đình hoàn thành nghĩa vụ");
            assertThat(q.submittedBy()).isEqualTo("thangnv");
        });
        JsonNode mine = JSON.readTree(rest.withBasicAuth("thangnv", "demo")
                .getForEntity("/api/quarterly-assessments/2026", String.class).getBody());
        assertThat(mine.findValuesAsText("selfLevelLabel")).containsExactly("Hoàn thành tốt nhiệm vụ");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStartsNothing() throws Exception {
        assertRefused("thangnv", quarter("2026", "5", "HTTNV"), "quarter");
        assertRefused("thangnv", quarter("2026", "2", "TOT"), "quarterSelfLevel");
        assertRefused("thangnv", quarter("2099", "1", "HTTNV"), "quarterYear");
        Map<String, Object> noResults = quarter("2026", "2", "HTTNV");
        noResults.remove("quarterResults");
        assertRefused("thangnv", noResults, "quarterResults");
        // an administrator passes the guard; the step refuses him all the same, with the engine's 400
        ResponseEntity<String> admin = start("admin", quarter("2026", "2", "HTTNV"));
        assertThat(admin.getStatusCode().value()).as(admin.getBody()).isEqualTo(400);
        assertThat(admin.getBody()).contains("Chỉ đảng viên mới tự đánh giá theo quý");
        assertThat(assessments.ofYear("DV0034", 2026)).extracting(QuarterlyAssessments.Quarter::quarter)
                .doesNotContain(2);
    }

    private void assertRefused(String user, Map<String, Object> values, String field) throws Exception {
        ResponseEntity<String> refused = start(user, values);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(JSON.readTree(refused.getBody()).path("errors").findValuesAsText("field")).containsExactly(field);
    }

    private static Map<String, Object> quarter(String year, String quarter, String level) {
        return new HashMap<>(Map.of("quarterYear", year, "quarter", quarter,
                "quarterTasks", "Tuyên truyền, vận động nhân dân thực hiện nghĩa vụ công dân",
                "quarterResults", "Vận động 12 hộ gia đình hoàn thành nghĩa vụ", "quarterSelfLevel", level));
    }

    private ResponseEntity<String> start(String user, Map<String, Object> values) throws Exception {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user.equals("admin") ? "test-admin-Secret-1" : "demo").exchange(
                "/engine-rest/process-definition/key/quarterlySelfAssessment/submit-form", HttpMethod.POST,
                new HttpEntity<>(JSON.writeValueAsString(Map.of("variables", variables)), headers), String.class);
    }
}
