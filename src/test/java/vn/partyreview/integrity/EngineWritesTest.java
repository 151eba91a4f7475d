package vn.partyreview.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.partyreview.support.SpringAppTest;

/**
 * SPEC I2: a plain member gets 403 from every engine REST write but the few Tasklist needs, on both the default and
 * the named engine paths. The list is every endpoint of the engine REST API, read from its JAX-RS resources.
 */
@SpringAppTest
class EngineWritesTest {

    private static final String MEMBER = "plainwriter";
    private static final String PASSWORD = "plain-Writer-1";

    /** The writes a member may make, each guarded further (form, own user id) or harmless to the process. */
    private static final Set<String> MEMBER_WRITES = Set.of(
            "POST task/{id}/submit-form", "POST task/{id}/complete", "POST task/{id}/resolve",
            "POST task/{id}/claim", "POST task/{id}/assignee", "POST task/{id}/unclaim",
            "POST task/{id}/comment/create",
            "POST process-definition/{id}/submit-form", "POST process-definition/{id}/start",
            "POST process-definition/key/{key}/submit-form", "POST process-definition/key/{key}/start",
            "POST process-definition/key/{key}/tenant-id/{tenantId}/submit-form",
            "POST process-definition/key/{key}/tenant-id/{tenantId}/start");

    /** POST queries that only read (Tasklist's lists and filters, Cockpit's searches). */
    private static final Set<String> READ_QUERIES = Set.of(
            "POST task", "POST task/count", "POST filter/{id}/list", "POST filter/{id}/count",
            "POST filter/{id}/singleResult", "POST process-instance", "POST process-instance/count",
            "POST execution", "POST execution/count", "POST variable-instance", "POST variable-instance/count",
            "POST job", "POST job/count", "POST job-definition", "POST job-definition/count", "POST external-task",
            "POST external-task/count", "POST group", "POST group/count", "POST case-instance",
            "POST case-instance/count", "POST case-execution", "POST case-execution/count",
            "POST history/activity-instance", "POST history/activity-instance/count", "POST history/case-instance",
            "POST history/case-instance/count", "POST history/detail", "POST history/external-task-log",
            "POST history/external-task-log/count", "POST history/job-log", "POST history/job-log/count",
            "POST history/process-instance", "POST history/process-instance/count", "POST history/task",
            "POST history/task/count", "POST history/variable-instance", "POST history/variable-instance/count");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;

    @BeforeEach
    void aPlainMember() {
        if (identityService.createUserQuery().userId(MEMBER).count() == 0) {
            User user = identityService.newUser(MEMBER);
            user.setFirstName("Đảng viên");
            user.setLastName("Thường");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
        }
    }

    static Stream<String> forbiddenWrites() {
        return EngineRestEndpoints.all().stream()
                .filter(endpoint -> !endpoint.startsWith("GET ") && !endpoint.startsWith("HEAD ")
                        && !endpoint.startsWith("OPTIONS "))
                .filter(endpoint -> !MEMBER_WRITES.contains(endpoint) && !READ_QUERIES.contains(endpoint));
    }

    @Test
    void theListCoversTheWholeEngineRestApi() {
        Set<String> all = EngineRestEndpoints.all();
        assertThat(all).hasSizeGreaterThan(400).containsAll(MEMBER_WRITES).containsAll(READ_QUERIES);
        assertThat(forbiddenWrites()).hasSizeGreaterThan(150).contains("POST message", "POST signal",
                "PUT process-instance/{id}/variables/{varId}", "POST process-instance/{id}/modification",
                "POST deployment/create", "POST decision-definition/key/{key}/evaluate", "POST task/create",
                "PUT task/{id}", "POST task/{id}/delegate", "POST task/{id}/identity-links",
                "POST task/{id}/bpmnError", "POST task/{id}/localVariables", "POST migration/execute",
                "POST external-task/fetchAndLock", "PUT job/{id}/retries", "POST condition");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbiddenWrites")
    void aMemberIsRefusedEveryOtherWrite(String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "x1");
        for (String prefix : List.of("/engine-rest/", "/engine-rest/engine/default/")) {
            ResponseEntity<String> answer = call(method, prefix + path, "{}");
            assertThat(answer.getStatusCode().value()).as(method + " " + prefix + path).isEqualTo(403);
            JsonNode body = CampaignWalker.read(answer.getBody());
            assertThat(body.path("message").asText()).isEqualTo(Refusals.NOT_ALLOWED);
        }
    }

    @Test
    void readsAndQueriesStayOpen() {
        assertThat(call("POST", "/engine-rest/task/count", "{}").getStatusCode().value()).isEqualTo(200);
        assertThat(call("POST", "/engine-rest/history/task/count", "{}").getStatusCode().value()).isEqualTo(200);
        assertThat(call("GET", "/engine-rest/task", null).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aMemberTakesTasksOnlyForThemselves() {
        ResponseEntity<String> forOther = call("POST", "/engine-rest/task/x1/claim", "{\"userId\":\"someone\"}");
        assertThat(forOther.getStatusCode().value()).isEqualTo(403);
        assertThat(CampaignWalker.read(forOther.getBody()).path("message").asText())
                .isEqualTo(Refusals.NOT_FOR_OTHERS);
        assertThat(call("POST", "/engine-rest/task/x1/assignee", "{\"userId\":null}").getStatusCode().value())
                .isEqualTo(403);
        // for oneself the engine answers: there is no such task
        assertThat(call("POST", "/engine-rest/task/x1/claim", "{\"userId\":\"" + MEMBER + "\"}").getStatusCode()
                .value()).isEqualTo(404);
    }

    @Test
    void theWebappsPluginApisAllowOnlyTheirQueries() {
        assertThat(EngineWritePolicy.pluginCall("POST", "plugin/base/default/process-instance/count").kind())
                .isEqualTo(EngineCall.Kind.READ);
        assertThat(EngineWritePolicy.pluginCall("PUT", "plugin/base/default/process-instance").kind())
                .isEqualTo(EngineCall.Kind.FORBIDDEN);
        assertThat(EngineWritePolicy.engineCall("POST", "process-definition/key/start").kind())
                .isEqualTo(EngineCall.Kind.FORBIDDEN);
    }

    private ResponseEntity<String> call(String method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(MEMBER, PASSWORD).exchange(path, HttpMethod.valueOf(method),
                json == null ? null : new HttpEntity<>(json, headers), String.class);
    }
}
