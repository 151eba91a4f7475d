package vn.partyreview.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.partyreview.ballot.BallotScenario.Route;
import vn.partyreview.support.SpringAppTest;

/** At its deadline the session closes with the ballots cast so far; the voters who did not cast lose their task. */
@SpringAppTest
class SecretBallotDeadlineTest {

    private static final int VOTERS = 5;

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

    @Test
    void theDeadlineClosesTheSessionAndCountsWhatWasCast() throws Exception {
        BallotScenario cell = new BallotScenario(engine, "CB-LATE", VOTERS, "subject-l").provision();
        String instance = cell.start();
        cell.open(rest, instance, Map.of());
        for (String voter : cell.voters.subList(0, 3)) {
            assertThat(cell.cast(rest, instance, voter, Route.SUBMIT_FORM_JSON, "HTTNV").getStatusCode()
                    .is2xxSuccessful()).isTrue();
        }
        cell.runJobs(instance);

        ManagementService management = engine.getManagementService();
        Job deadline = management.createJobQuery().processInstanceId(instance).activityId("Timer_VotingDeadline")
                .singleResult();
        management.executeJob(deadline.getId());
        cell.runJobs(instance);

        TaskService tasks = engine.getTaskService();
        assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(SecretBallot.CAST_TASK)
                .count()).as("ballot tasks left open after the deadline").isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_SignMinutes");
        JsonNode result = new ObjectMapper().readTree(engine.getRuntimeService()
                .getVariable(instance, SecretBallot.RESULT).toString());
        assertThat(result.get("ballotsIssued").asInt()).isEqualTo(VOTERS);
        assertThat(result.get("ballotsReturned").asInt()).isEqualTo(3);
        assertThat(result.at("/subjects/0/votes/HTTNV").asInt()).isEqualTo(3);
        assertThat(result.at("/subjects/0/level").asText()).as("3 of 5 is more than half").isEqualTo("HTTNV");
    }
}
