package vn.partyreview.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.partyreview.support.SpringAppTest;

/**
 * SPEC I5: a roll call the ballot box refuses (one voter ticked under two kinds of absence) answers 400 with the
 * Vietnamese reason, never 500, and the session stays unopened for the chair to call the roll again.
 */
@SpringAppTest
class RollCallRefusalTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

    @Test
    void aVoterUnderTwoAbsencesIsRefusedWithTheReason() {
        BallotScenario cell = new BallotScenario(engine, "CB-ROLL", 3, "subject-r").provision();
        String instance = cell.start();
        String voter = cell.voters.get(0);

        ResponseEntity<String> refused = cell.callTheRoll(rest, instance, Map.of(
                SecretBallot.ABSENCE_PREFIX + Attendance.ABSENT_WITHOUT_REASON.name(), List.of(voter),
                SecretBallot.ABSENCE_PREFIX + Attendance.EXEMPT_ABSENT.name(), List.of(voter)));

        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(refused.getBody()).contains("ballotAbsent_EXEMPT_ABSENT")
                .contains("được đánh dấu ở hai tình trạng vắng mặt");
        cell.open(rest, instance, Map.of());
        engine.getRuntimeService().deleteProcessInstance(instance, "test over");
    }
}
