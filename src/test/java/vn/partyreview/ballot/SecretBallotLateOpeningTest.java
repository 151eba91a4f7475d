package vn.partyreview.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.partyreview.ballot.BallotScenario.Route;
import vn.partyreview.support.SpringAppTest;

/**
 * A cell that finishes after its deadline still votes: the session it opens keeps voting open for the minimum
 * window (two days by default) instead of closing at once on a deadline already past, and records the extension.
 */
@SpringAppTest
class SecretBallotLateOpeningTest {

    private static final Duration MINIMUM_WINDOW = Duration.ofDays(2);

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    BallotBox box;

    @Test
    void aSessionOpenedAfterItsDeadlineStillGetsAVotingWindow() throws Exception {
        BallotScenario cell = new BallotScenario(engine, "CB-LATECELL", 3, "subject-late").provision();
        String instance = cell.start("2020-12-15T17:00:00+07:00");
        Instant openedAround = Instant.now();
        cell.open(rest, instance, Map.of());
        cell.runJobs(instance); // as the job executor would: a timer already due fires here

        Job deadline = engine.getManagementService().createJobQuery().processInstanceId(instance)
                .activityId("Timer_VotingDeadline").singleResult();
        assertThat(deadline).as("voting is still open after the job executor ran").isNotNull();
        assertThat(deadline.getDuedate().toInstant())
                .isAfterOrEqualTo(openedAround.plus(MINIMUM_WINDOW).minusSeconds(1));
        for (String voter : cell.voters) {
            assertThat(cell.cast(rest, instance, voter, Route.SUBMIT_FORM_JSON, "HTTNV").getStatusCode()
                    .is2xxSuccessful()).as(voter + " casts").isTrue();
        }
        cell.runJobs(instance);

        JsonNode result = new ObjectMapper().readTree(engine.getRuntimeService()
                .getVariable(instance, SecretBallot.RESULT).toString());
        assertThat(result.get("ballotsReturned").asInt()).isEqualTo(3);
        assertThat(result.at("/subjects/0/level").asText()).isEqualTo("HTTNV");
        assertThat(result.get("votingExtended").asBoolean()).isTrue();
        BallotSession session = box.session(result.get("sessionId").asText()).orElseThrow();
        assertThat(session.requestedDeadline().toInstant()).isEqualTo(Instant.parse("2020-12-15T10:00:00Z"));
        assertThat(session.deadline()).isAfter(session.requestedDeadline());
    }

    @Test
    void aSessionOpenedInTimeKeepsTheCallersDeadline() {
        BallotScenario cell = new BallotScenario(engine, "CB-INTIME", 2, "subject-in-time").provision();
        String instance = cell.start();
        cell.open(rest, instance, Map.of());

        BallotSession session = box.session(cell.sessionId(instance)).orElseThrow();
        assertThat(session.deadline().toInstant()).isEqualTo(Instant.parse(BallotScenario.DEADLINE.replace("+07:00",
                "Z")).minus(Duration.ofHours(7)));
        assertThat(session.votingExtended()).isFalse();
        for (String voter : cell.voters) {
            cell.cast(rest, instance, voter, Route.SUBMIT_FORM_JSON, "HTNV");
        }
        cell.runJobs(instance);
        assertThat(box.session(session.id()).orElseThrow().isOpen()).isFalse();
    }
}
