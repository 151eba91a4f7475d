package vn.partyreview.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.partyreview.support.Canary;
import vn.partyreview.support.SpringAppTest;

/** Nothing is reachable anonymously; the two unpatched Camunda 7.24.0 flaws are refused. */
@SpringAppTest
class SecurityTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;
    @Autowired
    Canary canary;

    @Test
    void anonymousCallsAreRefused() {
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/engine-rest/user/count", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> api = rest.postForEntity("/api/grading/quota", json("{\"levels\":[]}"), String.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void wrongPasswordIsRefused() {
        // Not the admin: a failed login delays that user's next logins (Camunda's brute-force throttling).
        createPlainUser("throttled");
        assertThat(rest.withBasicAuth("throttled", "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("throttled", "wrong").postForEntity("/api/grading/quota",
                json("{\"levels\":[]}"), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void signedInAdministratorIsServed() {
        ResponseEntity<Map> count = rest.withBasicAuth("admin", "test-admin-Secret-1")
                .getForEntity("/engine-rest/user/count", Map.class);
        assertThat(count.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(((Number) count.getBody().get("count")).intValue()).isGreaterThanOrEqualTo(1);
    }

    /** CVE-2026-77226: with no direct member in camunda-admin, the setup endpoint used to create an admin. */
    @Test
    void adminSetupEndpointCannotCreateAnAdministrator() {
        identityService.deleteMembership("admin", "camunda-admin");
        try {
            long usersBefore = identityService.createUserQuery().count();
            ResponseEntity<String> answer = rest.postForEntity("/camunda/api/admin/setup/default/user/create",
                    json("{\"profile\":{\"id\":\"intruder\",\"firstName\":\"X\",\"lastName\":\"Y\"},"
                            + "\"credentials\":{\"password\":\"intruder-Password-1\"}}"), String.class);
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(identityService.createUserQuery().count()).isEqualTo(usersBefore);
            assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
        } finally {
            identityService.createMembership("admin", "camunda-admin");
        }
    }

    /** CVE-2026-109432: an expression inside orQueries must not run for a signed-in user. */
    @Test
    void expressionInsideOrQueriesIsRefusedAndNotEvaluated() {
        createPlainUser("plainuser");
        TestRestTemplate asUser = rest.withBasicAuth("plainuser", "plain-Password-1");

        ResponseEntity<String> attack = asUser.postForEntity("/engine-rest/task",
                json("{\"orQueries\":[{\"assigneeExpression\":\"${canary.touch()}\"}]}"), String.class);
        ResponseEntity<String> attackCount = asUser.postForEntity("/engine-rest/task/count",
                json("{\"orQueries\":[{\"candidateGroupExpression\":\"${canary.touch()}\"}]}"), String.class);
        ResponseEntity<String> topLevel = asUser.postForEntity("/engine-rest/task",
                json("{\"assigneeExpression\":\"${canary.touch()}\"}"), String.class);

        assertThat(attack.getStatusCode()).as(attack.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(attackCount.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(topLevel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(canary.touched()).isZero();
    }

    @Test
    void orQueriesWithoutExpressionsStillWork() {
        createPlainUser("plainuser2");
        ResponseEntity<String> answer = rest.withBasicAuth("plainuser2", "plain-Password-1").postForEntity(
                "/engine-rest/task", json("{\"orQueries\":[{\"assignee\":\"plainuser2\"},{\"name\":\"x\"}]}"),
                String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    }

    private void createPlainUser(String id) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            var user = identityService.newUser(id);
            user.setPassword("plain-Password-1");
            identityService.saveUser(user);
        }
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
