package vn.partyreview.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.partyreview.ballot.BallotScenario.Route;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.support.AtOnce;
import vn.partyreview.support.SpringAppTest;

/** 50 voters cast at the same moment: the tally equals the casts; a second ballot of one voter changes nothing. */
@SpringAppTest
class SecretBallotConcurrencyTest {

    private static final int VOTERS = 50;

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    BallotBox box;
    @Autowired
    BallotTally tally;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void fiftyConcurrentCastsAreAllCountedAndNobodyVotesTwice() throws Exception {
        BallotScenario cell = new BallotScenario(engine, "CB-RUSH", VOTERS + 1, "subject-x").provision();
        String instance = cell.start();
        cell.open(rest, instance, Map.of());
        String sessionId = cell.sessionId(instance);
        String twice = cell.voters.get(VOTERS);
        String twiceTask = cell.taskOf(instance, twice);

        List<Callable<ResponseEntity<String>>> casts = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            String voter = cell.voters.get(i);
            Route route = i % 2 == 0 ? Route.SUBMIT_FORM_JSON : Route.COMPLETE_JSON;
            String taskId = cell.taskOf(instance, voter);
            casts.add(() -> cell.castOnTask(rest, taskId, voter, route, i(voter) % 3 == 0 ? "HTXSNV" : "HTTNV"));
        }
        // the same voter submits twice at the same moment, through both routes
        casts.add(() -> cell.castOnTask(rest, twiceTask, twice, Route.SUBMIT_FORM_JSON, "KHTNV"));
        casts.add(() -> cell.castOnTask(rest, twiceTask, twice, Route.COMPLETE_JSON, "KHTNV"));
        List<ResponseEntity<String>> answers = AtOnce.call(casts);

        List<ResponseEntity<String>> voters = answers.subList(0, VOTERS);
        assertThat(voters).allSatisfy(answer -> assertThat(answer.getStatusCode().is2xxSuccessful())
                .as(answer.getBody()).isTrue());
        assertThat(answers.subList(VOTERS, VOTERS + 2)).as("exactly one of the two simultaneous ballots counts")
                .filteredOn(answer -> answer.getStatusCode().is2xxSuccessful()).hasSize(1);
        // the other is the user's race, told in Vietnamese, never a server error
        assertThat(answers.subList(VOTERS, VOTERS + 2)).filteredOn(answer -> !answer.getStatusCode()
                .is2xxSuccessful()).singleElement().satisfies(refused -> {
                    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isIn(400, 404, 409);
                    assertThat(refused.getBody()).containsAnyOf("hoàn thành", BallotBox.ALREADY_VOTED);
                });
        assertThat(participation(sessionId)).isEqualTo(VOTERS + 1);
        assertThat(votes(sessionId)).isEqualTo(VOTERS + 1);

        // a later second ballot: the task is gone, and the box itself refuses in Vietnamese, changing nothing
        assertThat(cell.cast(rest, instance, twice, Route.COMPLETE_JSON, "HTXSNV").getStatusCode().is2xxSuccessful())
                .isFalse();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                box.cast(sessionId, twice, new Ballot(Map.of("subject-x", Level.HTXSNV)))))
                .isInstanceOf(BallotRefusedException.class).hasMessage(BallotBox.ALREADY_VOTED);
        assertThat(participation(sessionId)).isEqualTo(VOTERS + 1);
        assertThat(votes(sessionId)).isEqualTo(VOTERS + 1);

        cell.runJobs(instance);
        BallotResult result = engineResult(sessionId);
        long expectedTop = cell.voters.subList(0, VOTERS).stream().filter(voter -> i(voter) % 3 == 0).count();
        assertThat(result.subjects().get(0).outcome().votes().get(Level.HTXSNV)).isEqualTo((int) expectedTop);
        assertThat(result.subjects().get(0).outcome().votes().get(Level.HTTNV)).isEqualTo(VOTERS - (int) expectedTop);
        assertThat(result.subjects().get(0).outcome().votes().get(Level.KHTNV)).isEqualTo(1);
        assertThat(result.ballotsReturned()).isEqualTo(VOTERS + 1);
    }

    private BallotResult engineResult(String sessionId) {
        return tally.result(box.session(sessionId).orElseThrow());
    }

    private int participation(String sessionId) {
        return jdbc.queryForObject("select count(*) from ballot_participation where session_id = ?", Integer.class,
                sessionId);
    }

    private int votes(String sessionId) {
        return jdbc.queryForObject("select sum(votes) from ballot_count where session_id = ?", Integer.class,
                sessionId);
    }

    private static int i(String voter) {
        return Integer.parseInt(voter.substring(voter.length() - 2));
    }
}
