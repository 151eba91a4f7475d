package vn.partyreview.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.support.ResultsContract.Answer;

/**
 * The checker against a fake application whose results keep SPEC §12, then with each invariant broken once: the
 * checker must name that break. The fake grades by one rule: disciplined caps at KHTNV, exempt is not graded; its
 * quota allows one HTXSNV per five at HTTNV or better.
 */
class ResultsContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> MINUTES = Set.of("cell-1", "session-1", "self-1");

    @Test
    void resultsThatKeepTheContractPass() {
        assertThat(new ResultsContract(new FakeApplication(results())).violations("1")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void everyBrokenInvariantIsNamed(String fault, Consumer<ArrayNode> plant, String named) {
        ArrayNode rows = results();
        plant.accept(rows);

        List<String> violations = new ResultsContract(new FakeApplication(rows)).violations("1");

        assertThat(violations).as(fault).isNotEmpty().anySatisfy(line -> assertThat(line).contains(named));
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                fault("a ceiling the grading API does not answer", rows -> row(rows, 6).put("ceilingLevel", "HTNV"),
                        "ceilingLevel \"HTNV\" but the grading API answers \"KHTNV\""),
                fault("ceiling reasons the grading API does not give",
                        rows -> row(rows, 6).putArray("ceilingReasons"), "ceilingReasons [] but"),
                fault("a level above the ceiling", rows -> {
                    row(rows, 1).putObject("facts").put("disciplined", true);
                    row(rows, 1).put("ceilingLevel", "KHTNV").set("ceilingReasons", disciplineReasons());
                }, "level HTTNV above the ceiling KHTNV"),
                fault("more HTXSNV than the quota allows", rows -> decide(row(rows, 1), "HTXSNV"),
                        "2 HTXSNV, the quota allows 1"),
                fault("decided by a person", rows -> {
                    row(rows, 0).put("decidedBy", "hungnv");
                    ((ObjectNode) row(rows, 0).path("decision")).put("decidingGroup", "hungnv");
                }, "decidedBy hungnv is not a group"),
                fault("decided by other than the session's body", rows -> row(rows, 0).put("decidedBy", "X.committee"),
                        "is not the session's deciding group"),
                fault("a cell ballot without minutes",
                        rows -> ((ObjectNode) row(rows, 0).path("cellBallot")).put("sessionId", "cell-2"),
                        "minutes of session cell-2: answered 404"),
                fault("a decision session without minutes",
                        rows -> ((ObjectNode) row(rows, 0).path("decision")).put("sessionId", "session-2"),
                        "minutes of session session-2: answered 404"),
                fault("a self-grading vote without minutes",
                        rows -> ((ObjectNode) row(rows, 6).path("selfBallot")).put("sessionId", "self-2"),
                        "minutes of session self-2: answered 404"),
                fault("an organisation without its self-grading vote", rows -> row(rows, 6).putNull("selfBallot"),
                        "without its own self-grading vote"),
                fault("minutes that are not a DOCX",
                        rows -> ((ObjectNode) row(rows, 0).path("cellBallot")).put("sessionId", "html-1"),
                        "not a DOCX (text/html)"),
                fault("decided without its decision session", rows -> row(rows, 2).putNull("decision"),
                        "decided without decision"),
                fault("decided without a date", rows -> row(rows, 2).putNull("decidedAt"), "decided without decidedAt"),
                fault("a wrong level label", rows -> row(rows, 2).put("levelLabel", "Tốt"), "levelLabel \"Tốt\""),
                fault("a level on a subject not decided", rows -> row(rows, 3).put("status", "IN_PROGRESS"),
                        "status \"IN_PROGRESS\" with level HTTNV"),
                fault("a status outside SPEC §12", rows -> row(rows, 5).put("status", "SELF_ASSESSED"),
                        "is none of"),
                fault("a field of SPEC §12 left out", rows -> row(rows, 5).remove("quotaGroup"), "no field quotaGroup"),
                fault("a cancelled decision without reasons",
                        rows -> row(rows, 4).putArray("cancelled").addObject().put("level", "HTNV"),
                        "a cancelled decision without its reasons"));
    }

    private static Arguments fault(String name, Consumer<ArrayNode> plant, String named) {
        return Arguments.of(name, plant, named);
    }

    private static ObjectNode row(ArrayNode rows, int index) {
        return (ObjectNode) rows.get(index);
    }

    /** Five members of one quota group decided (one HTXSNV), an exempt member, a cell sent up with its own vote. */
    private static ArrayNode results() {
        ArrayNode rows = JSON.createArrayNode();
        for (int n = 1; n <= 5; n++) {
            ObjectNode member = subject(rows, "MEMBER", "DV" + n, "IN_PROGRESS");
            member.put("ceilingLevel", "HTXSNV").put("quotaGroup", "DU/MEMBER");
            decide(member, n == 1 ? "HTXSNV" : "HTTNV");
        }
        row(rows, 0).putObject("cellBallot").put("sessionId", "cell-1").put("result", "HTXSNV")
                .putObject("votes").put("HTXSNV", 3);
        ObjectNode exempt = subject(rows, "MEMBER", "DV6", "NOT_REVIEWED");
        exempt.putObject("facts").put("exempt", true);
        exempt.putArray("ceilingReasons").addObject().put("rule", "exempt").put("message", "Miễn sinh hoạt");
        ObjectNode cell = subject(rows, "PARTY_ORGANIZATION", "CB1", "SENT_TO_SUPERIOR");
        cell.putObject("facts").put("disciplined", true);
        cell.put("ceilingLevel", "KHTNV").set("ceilingReasons", disciplineReasons());
        cell.putObject("selfBallot").put("sessionId", "self-1").putObject("votes").put("HTTNV", 5);
        return rows;
    }

    private static ObjectNode subject(ArrayNode rows, String type, String code, String status) {
        ObjectNode row = rows.addObject();
        ResultsContract.FIELDS.forEach(row::putNull);
        row.put("subjectType", type).put("subjectCode", code).put("subjectName", "Đồng chí " + code)
                .put("organizationCode", "CB1").put("status", status).put("ruleSet", "QD132-2018");
        row.putArray("criteria").addObject().put("code", "c").put("key", true).put("rating", "TOT");
        row.putObject("facts");
        row.putArray("ceilingReasons");
        row.putArray("lateStages");
        return row;
    }

    private static void decide(ObjectNode row, String level) {
        row.put("status", "DECIDED").put("level", level)
                .put("levelLabel", Level.valueOf(level).label())
                .put("decidedBy", "DU.committee").put("decidedAt", "2026-12-20T03:00:00Z");
        row.putObject("decision").put("sessionId", "session-1").put("decidingGroup", "DU.committee")
                .put("confirmedBy", "hungnv").put("decidedAt", "2026-12-20T03:00:00Z");
    }

    private static ArrayNode disciplineReasons() {
        ArrayNode reasons = JSON.createArrayNode();
        reasons.addObject().put("rule", "discipline").put("message", "Bị kỷ luật trong năm");
        return reasons;
    }

    /** Answers the checker's calls as the application would, over the given results. */
    private record FakeApplication(ArrayNode results) implements ResultsContract.Http {

        @Override
        public Answer get(String path) {
            if (path.equals("/api/campaigns/1/results")) {
                return json(results);
            }
            if (path.startsWith("/engine-rest/group/")) {
                return status(path.endsWith(".committee") ? 200 : 404);
            }
            if (path.startsWith("/engine-rest/user/")) {
                return status(path.equals("/engine-rest/user/hungnv/profile") ? 200 : 404);
            }
            String session = path.replace("/api/ballots/", "").replace("/minutes.docx", "");
            if (MINUTES.contains(session)) {
                return new Answer(200, ResultsContract.DOCX, "PK\u0003\u0004".getBytes(StandardCharsets.UTF_8));
            }
            return session.equals("html-1") ? new Answer(200, "text/html", "<html>".getBytes(StandardCharsets.UTF_8))
                    : status(404);
        }

        @Override
        public Answer post(String path, String body) {
            JsonNode request = read(body);
            if (path.equals("/api/grading/quota")) {
                long better = 0;
                for (JsonNode level : request.path("levels")) {
                    better += List.of("HTXSNV", "HTTNV").contains(level.asText()) ? 1 : 0;
                }
                return json(JSON.createObjectNode().put("httnvOrBetter", better).put("maxHtxsnv", better / 5));
            }
            ObjectNode answer = JSON.createObjectNode();
            JsonNode facts = request.path("facts");
            if (facts.path("exempt").asBoolean()) {
                answer.put("graded", false).putNull("maxLevel");
                answer.putArray("reasons").addObject().put("rule", "exempt").put("message", "Miễn sinh hoạt");
            } else if (facts.path("disciplined").asBoolean()) {
                answer.put("graded", true).put("maxLevel", "KHTNV").set("reasons", disciplineReasons());
            } else {
                answer.put("graded", true).put("maxLevel", "HTXSNV").putArray("reasons");
            }
            return json(answer);
        }

        private static Answer json(JsonNode body) {
            return new Answer(200, "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
        }

        private static Answer status(int status) {
            return new Answer(status, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        }

        private static JsonNode read(String json) {
            try {
                return JSON.readTree(json);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
