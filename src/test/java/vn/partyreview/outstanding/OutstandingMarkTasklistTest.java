package vn.partyreview.outstanding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
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
 * The outstanding mark's start form refused without a 500 and without starting anything: by the guard for a
 * member (naming the field), by the recording step for an administrator, whom the guard lets by. The mark itself,
 * made by the district's standing committee, is run in {@code Qd366DemoWardCampaignTest}.
 */
@SpringAppTest
class OutstandingMarkTasklistTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    DemoData demoData;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    HistoryService historyService;

    @Test
    void anUnknownCampaignOrAStarterOffTheDecidingBodyStartsNothing() throws Exception {
        demoData.loadIfAbsent();
        long before = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(OutstandingMarkProcess.PROCESS_KEY).count();
        Map<String, Object> mark = Map.of("campaignId", "999999", "orgCode", "DU-GIANGBIEN", "outstanding", true,
                "outstandingReasons", "Tiêu biểu");

        ResponseEntity<String> admin = start("admin", "test-admin-Secret-1", mark);
        assertThat(admin.getStatusCode().value()).as(admin.getBody()).isEqualTo(400);
        assertThat(admin.getBody()).contains("Không có đợt kiểm điểm");
        ResponseEntity<String> member = start("loint", "demo", mark);
        assertThat(member.getStatusCode().value()).as(member.getBody()).isEqualTo(400);
        assertThat(JSON.readTree(member.getBody()).path("errors").findValuesAsText("field"))
                .containsExactly("campaignId");

        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(OutstandingMarkProcess.PROCESS_KEY).count()).isEqualTo(before);
    }

    private ResponseEntity<String> start(String user, String password, Map<String, Object> values)
            throws Exception {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, password).exchange("/engine-rest/process-definition/key/"
                        + OutstandingMarkProcess.PROCESS_KEY + "/submit-form", HttpMethod.POST,
                new HttpEntity<>(JSON.writeValueAsString(Map.of("variables", variables)), headers), String.class);
    }
}
