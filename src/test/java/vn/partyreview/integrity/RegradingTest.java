package vn.partyreview.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.partyreview.identity.IdentityProvisioning;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.support.SpringAppTest;

/**
 * Re-grading [P II.6] on a ward whose campaign was walked to the end as officials submit in Tasklist: the competent
 * body (the ward committee) cancels a member's decided result from Tasklist's start form with its reasons, a new
 * session of the body decides again; both results are in the results API, the member and the cell committee are
 * told twice. Wrong campaigns, subjects, reasons and starters are refused naming the field; administrators have an
 * API for the same.
 */
@SpringAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegradingTest {

    private static final String ADMIN_PASSWORD = "test-admin-Secret-1";
    private static final String REASONS = "Phát hiện đồng chí vi phạm quy định về những điều đảng viên không được làm";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    OrganizationRepository organizations;
    @Autowired
    PartyBodyRepository bodies;
    @Autowired
    PartyMemberRepository members;
    @Autowired
    IdentityProvisioning provisioning;

    private CampaignWalker walker;
    private String campaignId;

    @BeforeAll
    void aWardCampaignDecidedToTheEnd() {
        walker = new CampaignWalker(engine, rest, "RGD");
        walker.createWard(organizations, bodies, members, provisioning);
        String campaign = walker.start();
        campaignId = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(campaign).variableName("campaignId").singleResult().getValue();
        walk(campaign, null);
    }

    @Test
    void aMemberOfTheBodyCancelsFromTasklistAndANewSessionDecidesAgainBothResultsKeptAndTold() {
        JsonNode decided = row("RGD03");
        assertThat(decided.path("level").asText()).isEqualTo("HTTNV");
        assertThat(decided.path("cancelled")).isEmpty();
        String firstSession = decided.at("/decision/sessionId").asText();

        String regrading = startFromTasklist(walker.user("wardsec"), "MEMBER", "RGD03", REASONS);

        // cancelled and kept, the subject back in progress, the member and the cell committee told why
        JsonNode cancelled = row("RGD03");
        assertThat(cancelled.path("level").isNull()).isTrue();
        assertThat(cancelled.path("decision").isNull()).isTrue();
        assertThat(cancelled.path("status").asText()).isNotEqualTo("DECIDED");
        assertThat(cancelled.path("cancelled")).singleElement().satisfies(earlier -> {
            assertThat(earlier.path("sessionId").asText()).isEqualTo(firstSession);
            assertThat(earlier.path("level").asText()).isEqualTo("HTTNV");
            assertThat(earlier.path("levelLabel").asText()).isEqualTo("Hoàn thành tốt nhiệm vụ");
            assertThat(earlier.path("decidedBy").asText()).isEqualTo("DU-RGD.committee");
            assertThat(earlier.path("reasons").asText()).isEqualTo(REASONS);
            assertThat(earlier.path("cancelledBy").asText()).isEqualTo(walker.user("wardsec"));
            assertThat(earlier.path("cancelledAt").asText()).isNotBlank();
            assertThat(earlier.path("decidedAt").asText()).isNotBlank();
        });
        String told = "Kết quả xếp loại chất lượng của RGD03 (Hoàn thành tốt nhiệm vụ) đã bị hủy để xếp loại lại. "
                + "Lý do: " + REASONS;
        assertThat(notifications(walker.user("mem"))).contains(told);
        assertThat(notifications(walker.user("sec"))).contains(told);   // the cell's secretary, for its committee
        HistoricProcessInstance started = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(regrading).singleResult();
        assertThat(started.getTenantId()).isEqualTo("DU-RGD");
        assertThat(started.getStartUserId()).isEqualTo(walker.user("wardsec"));

        // the body's new session over that one subject, whose voters now choose "Hoàn thành nhiệm vụ"
        walk(regrading, "HTNV");

        JsonNode regraded = row("RGD03");
        assertThat(regraded.path("level").asText()).isEqualTo("HTNV");
        assertThat(regraded.path("decidedBy").asText()).isEqualTo("DU-RGD.committee");
        assertThat(regraded.at("/decision/sessionId").asText()).isNotBlank().isNotEqualTo(firstSession);
        assertThat(regraded.path("cancelled")).singleElement()
                .satisfies(earlier -> assertThat(earlier.path("sessionId").asText()).isEqualTo(firstSession));
        String result = "Kết quả xếp loại chất lượng của RGD03: Hoàn thành nhiệm vụ.";
        assertThat(notifications(walker.user("mem"))).contains(result, told);
        assertThat(notifications(walker.user("sec"))).contains(result);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(regrading)
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_Regraded");
    }

    @Test
    void aWrongCampaignSubjectReasonsOrStarterIsRefusedNamingTheFieldAndNothingChanges() {
        String wardsec = walker.user("wardsec");
        assertRefused(wardsec, start("999999", "MEMBER", "RGD01", REASONS), "campaignId", "đợt kiểm điểm");
        assertRefused(wardsec, start(campaignId, "MEMBER", "RGD99", REASONS), "subjectCode", "Không có đối tượng");
        assertRefused(wardsec, start(campaignId, "PARTY_ORGANIZATION", "RGD01", REASONS), "subjectCode",
                "Không có đối tượng");
        // the exempt veteran was never graded
        assertRefused(wardsec, start(campaignId, "MEMBER", "RGD04", REASONS), "subjectCode",
                "chưa có kết quả xếp loại");
        assertRefused(wardsec, start(campaignId, "MEMBER", "RGD01", "   "), "regradingReasons", "lý do");
        Map<String, Object> noReasons = start(campaignId, "MEMBER", "RGD01", REASONS);
        noReasons.remove("regradingReasons");
        assertRefused(wardsec, noReasons, "regradingReasons", "Lý do hủy kết quả");
        // the cell's secretary is not on the ward committee that decided
        assertRefused(walker.user("sec"), start(campaignId, "MEMBER", "RGD01", REASONS), "subjectCode",
                "DU-RGD.committee");
        Map<String, Object> steering = start(campaignId, "MEMBER", "RGD01", REASONS);
        steering.put("orgCode", Map.of("value", "DU-RGD"));
        assertRefused(wardsec, steering, "orgCode", "");

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("regrading")
                .variableValueEquals("subjectCode", "RGD01").count()).isZero();
        assertThat(row("RGD01").path("level").asText()).isEqualTo("HTTNV");
        assertThat(row("RGD01").path("cancelled")).isEmpty();
    }

    @Test
    void administratorsCancelThroughTheApiOthersMayNotAndBadInputIsRefusedNamingTheField() {
        assertThat(api("admin", ADMIN_PASSWORD, campaignId, Map.of("subjectType", "MEMBER",
                "subjectCode", "RGD02", "reasons", REASONS)).getStatusCode().value()).isEqualTo(201);
        assertThat(row("RGD02").path("cancelled")).singleElement()
                .satisfies(earlier -> assertThat(earlier.path("cancelledBy").asText()).isEqualTo("admin"));

        ResponseEntity<String> member = api(walker.user("wardsec"), CampaignWalker.PASSWORD, campaignId,
                Map.of("subjectType", "MEMBER", "subjectCode", "RGD01", "reasons", REASONS));
        assertThat(member.getStatusCode().value()).isEqualTo(403);
        assertApiRefused(Map.of("subjectType", "CELL", "subjectCode", "RGD01", "reasons", REASONS), "subjectType");
        assertApiRefused(Map.of("subjectType", "MEMBER", "subjectCode", "RGD04", "reasons", REASONS), "subjectCode");
        assertApiRefused(Map.of("subjectType", "MEMBER", "subjectCode", "RGD01"), "reasons");
        assertThat(api("admin", ADMIN_PASSWORD, "999999", Map.of("subjectType", "MEMBER", "subjectCode",
                "RGD01", "reasons", REASONS)).getStatusCode().value()).isEqualTo(404);
        assertThat(rest.withBasicAuth("admin", ADMIN_PASSWORD).exchange("/api/campaigns/" + campaignId
                + "/regradings", HttpMethod.POST, json("{\"subjectType\": [1]"), String.class)
                .getStatusCode().value()).isEqualTo(400);
        assertThat(row("RGD01").path("cancelled")).isEmpty();
        assertThat(row("RGD01").path("level").isNull()).isFalse();
    }

    /** Walks every task of a process tree; on the ballot, every row gets {@code level} when given. */
    private void walk(String root, String level) {
        for (Task task = walker.nextTask(root); task != null; task = walker.nextTask(root)) {
            Map<String, Object> answer = walker.validAnswer(task);
            if (level != null && task.getTaskDefinitionKey().equals("Task_CastBallot")) {
                answer.replaceAll((field, value) -> field.startsWith("ballotSheet_") ? level : value);
            }
            ResponseEntity<String> done = walker.submit(walker.holderOf(task), task, answer);
            assertThat(done.getStatusCode().value()).as("%s: %s", task.getName(), done.getBody()).isEqualTo(204);
        }
    }

    /** The start form's fields as Tasklist posts them. */
    private static Map<String, Object> start(String campaign, String subjectType, String subjectCode,
                                             String reasons) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("campaignId", Map.of("value", campaign));
        variables.put("subjectType", Map.of("value", subjectType));
        variables.put("subjectCode", Map.of("value", subjectCode));
        variables.put("regradingReasons", Map.of("value", reasons));
        return variables;
    }

    private String startFromTasklist(String userId, String subjectType, String subjectCode, String reasons) {
        ResponseEntity<String> started = walker.post(userId, "process-definition/key/regrading/submit-form",
                start(campaignId, subjectType, subjectCode, reasons));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        return CampaignWalker.read(started.getBody()).path("id").asText();
    }

    private void assertRefused(String userId, Map<String, Object> variables, String field, String message) {
        ResponseEntity<String> refused = walker.post(userId, "process-definition/key/regrading/submit-form",
                variables);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(CampaignWalker.read(refused.getBody()).path("errors")).anySatisfy(error -> {
            assertThat(error.path("field").asText()).isEqualTo(field);
            assertThat(error.path("message").asText()).containsIgnoringCase(message);
        });
    }

    private void assertApiRefused(Map<String, Object> body, String field) {
        ResponseEntity<String> refused = api("admin", ADMIN_PASSWORD, campaignId, body);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(CampaignWalker.read(refused.getBody()).path("errors")).singleElement()
                .satisfies(error -> assertThat(error.path("field").asText()).isEqualTo(field));
    }

    private ResponseEntity<String> api(String userId, String password, String campaign, Map<String, Object> body) {
        return rest.withBasicAuth(userId, password).exchange("/api/campaigns/" + campaign + "/regradings",
                HttpMethod.POST, json(CampaignWalker.write(body)), String.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private JsonNode row(String memberCode) {
        JsonNode results = CampaignWalker.read(rest.withBasicAuth("admin", ADMIN_PASSWORD)
                .getForEntity("/api/campaigns/" + campaignId + "/results", String.class).getBody());
        for (JsonNode row : results) {
            if ("MEMBER".equals(row.path("subjectType").asText()) && memberCode.equals(row.path("subjectCode").asText())) {
                return row;
            }
        }
        throw new AssertionError("No result for " + memberCode);
    }

    private List<String> notifications(String userId) {
        JsonNode told = CampaignWalker.read(rest.withBasicAuth(userId, CampaignWalker.PASSWORD)
                .getForEntity("/api/notifications", String.class).getBody());
        return java.util.stream.StreamSupport.stream(told.spliterator(), false)
                .map(notification -> notification.path("message").asText()).toList();
    }
}
