package vn.partyreview.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.partyreview.grading.rules.Level;

/**
 * SPEC §12's invariants, checked over HTTP on every row of a campaign's results, as an outside check would: the
 * ceiling is what {@code POST /api/grading/evaluate} answers for the row's own input; no level above it; per quota
 * group no more {@code HTXSNV} than {@code POST /api/grading/quota} allows; {@code decidedBy} a group, never a
 * person; every ballot session with its minutes as a DOCX; decided rows complete, and only they carry a level.
 * The client must be signed in as an administrator: minutes and groups are read with the caller's rights.
 */
public final class ResultsContract {

    /** The fields SPEC §12 names; {@code selfBallot} and {@code cancelled} are checked where present. */
    static final List<String> FIELDS = List.of("subjectType", "subjectCode", "subjectName", "organizationCode",
            "status", "selfLevel", "proposedLevel", "ruleSet", "criteria", "facts", "ceilingLevel", "ceilingReasons",
            "quotaGroup", "level", "levelLabel", "decidedBy", "decidedAt", "lateStages", "cellBallot", "decision",
            "selfBallot", "cancelled");
    static final List<String> STATUSES = List.of("IN_PROGRESS", "DECIDED", "NOT_GRADED", "NOT_REVIEWED",
            "SENT_TO_SUPERIOR");
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** One HTTP answer: status, media type and body. */
    public record Answer(int status, String mediaType, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The HTTP calls the checker makes, paths relative to the application's root. */
    public interface Http {

        Answer get(String path);

        Answer post(String path, String json);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http http;
    private final Map<String, Boolean> groups = new HashMap<>();
    private final Map<String, String> minutes = new HashMap<>();

    public ResultsContract(Http http) {
        this.http = http;
    }

    /** Over a test client signed in as an administrator, e.g. {@code rest.withBasicAuth(...)}. */
    public static ResultsContract over(TestRestTemplate signedIn) {
        return new ResultsContract(new Http() {
            @Override
            public Answer get(String path) {
                return answer(signedIn.exchange(path, HttpMethod.GET, null, byte[].class));
            }

            @Override
            public Answer post(String path, String json) {
                HttpHeaders headers = new HttpHeaders();
                headers.setContentType(MediaType.APPLICATION_JSON);
                return answer(signedIn.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers),
                        byte[].class));
            }
        });
    }

    /** Fails naming every invariant broken, row by row. */
    public void check(String campaignId) {
        assertThat(violations(campaignId)).as("SPEC §12 invariants of campaign " + campaignId).isEmpty();
    }

    /** Every invariant broken, one line each; empty when the results keep the contract. */
    public List<String> violations(String campaignId) {
        Answer answer = http.get("/api/campaigns/" + campaignId + "/results");
        if (answer.status() != 200) {
            return List.of("GET results answered " + answer.status() + ": " + answer.text());
        }
        List<JsonNode> rows = StreamSupport.stream(read(answer.text()).spliterator(), false).toList();
        List<String> violations = new ArrayList<>();
        if (rows.isEmpty()) {
            violations.add("no result rows");
        }
        rows.forEach(row -> checkRow(row, violations));
        checkQuota(rows, violations);
        return violations;
    }

    private void checkRow(JsonNode row, List<String> violations) {
        String who = row.path("subjectType").asText() + " " + row.path("subjectCode").asText() + ": ";
        FIELDS.stream().filter(field -> !row.has(field))
                .forEach(field -> violations.add(who + "no field " + field));
        if (!STATUSES.contains(row.path("status").asText())) {
            violations.add(who + "status " + row.path("status") + " is none of " + STATUSES);
        }
        checkCeiling(row, who, violations);
        Level level = level(row.path("level"));
        Level ceiling = level(row.path("ceilingLevel"));
        if (level != null && (ceiling == null || level.isAbove(ceiling))) {
            violations.add(who + "level " + level + " above the ceiling " + ceiling);
        }
        checkDecided(row, who, level, violations);
        if ("PARTY_ORGANIZATION".equals(row.path("subjectType").asText())
                && List.of("DECIDED", "SENT_TO_SUPERIOR").contains(row.path("status").asText())
                && !row.path("selfBallot").path("sessionId").isTextual()) {
            violations.add(who + "an organisation graded without its own self-grading vote");
        }
        String decidedBy = row.path("decidedBy").asText(null);
        if (decidedBy != null && !isGroup(decidedBy)) {
            violations.add(who + "decidedBy " + decidedBy + " is not a group");
        }
        Stream.of("cellBallot", "decision", "selfBallot").map(ballot -> row.path(ballot).path("sessionId"))
                .filter(JsonNode::isTextual).map(JsonNode::asText)
                .forEach(session -> {
                    String problem = minutesProblem(session);
                    if (problem != null) {
                        violations.add(who + "minutes of session " + session + ": " + problem);
                    }
                });
        row.path("cancelled").forEach(cancelled -> {
            if (cancelled.path("reasons").isMissingNode() || cancelled.path("reasons").isNull()) {
                violations.add(who + "a cancelled decision without its reasons");
            }
        });
    }

    private void checkCeiling(JsonNode row, String who, List<String> violations) {
        ObjectNode input = JSON.createObjectNode();
        for (String field : List.of("ruleSet", "subjectType", "criteria", "facts")) {
            input.set(field, row.path(field));
        }
        if (row.path("scores").isObject()) {
            input.set("scores", row.path("scores"));
        }
        Answer answer = http.post("/api/grading/evaluate", input.toString());
        if (answer.status() != 200) {
            violations.add(who + "the grading API refused the row's input (" + answer.status() + "): "
                    + answer.text());
            return;
        }
        JsonNode evaluated = read(answer.text());
        if (!evaluated.path("maxLevel").equals(row.path("ceilingLevel"))) {
            violations.add(who + "ceilingLevel " + row.path("ceilingLevel") + " but the grading API answers "
                    + evaluated.path("maxLevel"));
        }
        if (!evaluated.path("reasons").equals(row.path("ceilingReasons"))) {
            violations.add(who + "ceilingReasons " + row.path("ceilingReasons") + " but the grading API answers "
                    + evaluated.path("reasons"));
        }
    }

    private static void checkDecided(JsonNode row, String who, Level level, List<String> violations) {
        boolean decided = "DECIDED".equals(row.path("status").asText());
        if (decided != (level != null)) {
            violations.add(who + "status " + row.path("status") + " with level " + level);
        }
        if (!decided) {
            return;
        }
        for (String field : List.of("level", "levelLabel", "decidedBy", "decidedAt", "decision")) {
            if (row.path(field).isNull() || row.path(field).isMissingNode()) {
                violations.add(who + "decided without " + field);
            }
        }
        if (level != null && !level.label().equals(row.path("levelLabel").asText())) {
            violations.add(who + "levelLabel " + row.path("levelLabel") + " is not the label of " + level);
        }
        if (row.path("decision").isObject()
                && !row.path("decision").path("decidingGroup").equals(row.path("decidedBy"))) {
            violations.add(who + "decidedBy " + row.path("decidedBy") + " is not the session's deciding group");
        }
    }

    private void checkQuota(List<JsonNode> rows, List<String> violations) {
        Map<String, List<JsonNode>> groupsOfRows = new LinkedHashMap<>();
        rows.stream().filter(row -> row.path("quotaGroup").isTextual() && level(row.path("level")) != null)
                .forEach(row -> groupsOfRows.computeIfAbsent(row.path("quotaGroup").asText(), group -> new ArrayList<>())
                        .add(row));
        groupsOfRows.forEach((group, decided) -> {
            ObjectNode request = JSON.createObjectNode();
            request.set("ruleSet", decided.get(0).path("ruleSet"));
            request.put("outstanding", decided.get(0).path("quotaOutstanding").asBoolean());
            decided.forEach(row -> request.withArray("levels").add(row.path("level").asText()));
            Answer answer = http.post("/api/grading/quota", request.toString());
            if (answer.status() != 200) {
                violations.add("quota group " + group + ": the grading API answered " + answer.status());
                return;
            }
            int allowed = read(answer.text()).path("maxHtxsnv").asInt();
            long htxsnv = decided.stream().filter(row -> "HTXSNV".equals(row.path("level").asText())).count();
            if (htxsnv > allowed) {
                violations.add("quota group " + group + ": " + htxsnv + " HTXSNV, the quota allows " + allowed);
            }
        });
    }

    /** A group of the engine that no user bears the id of. */
    private boolean isGroup(String id) {
        return groups.computeIfAbsent(id, key -> http.get("/engine-rest/group/" + key).status() == 200
                && http.get("/engine-rest/user/" + key + "/profile").status() == 404);
    }

    /** Null when the minutes are there as a DOCX (a ZIP package), else what is wrong. */
    private String minutesProblem(String sessionId) {
        return minutes.computeIfAbsent(sessionId, session -> {
            Answer answer = http.get("/api/ballots/" + session + "/minutes.docx");
            if (answer.status() != 200) {
                return "answered " + answer.status();
            }
            boolean zip = answer.body().length > 2 && answer.body()[0] == 'P' && answer.body()[1] == 'K';
            return DOCX.equals(answer.mediaType()) && zip ? "" : "not a DOCX (" + answer.mediaType() + ")";
        }).transform(problem -> problem.isEmpty() ? null : problem);
    }

    private static Level level(JsonNode value) {
        return value.isTextual() ? Level.valueOf(value.asText()) : null;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not JSON: " + json, e);
        }
    }

    private static Answer answer(ResponseEntity<byte[]> response) {
        MediaType type = response.getHeaders().getContentType();
        return new Answer(response.getStatusCode().value(),
                type == null ? null : type.getType() + "/" + type.getSubtype(),
                response.getBody() == null ? new byte[0] : response.getBody());
    }
}
