package vn.partyreview.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.partyreview.ballot.BallotScenario.Route;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.support.SpringAppTest;

/**
 * A caller may limit the levels a voter may choose per subject (a decision session: none above the ceiling); a sheet
 * choosing another level is refused before anything is recorded, naming the row of the sheet (the form guard: the
 * row offers only the allowed levels), never the level chosen.
 */
@SpringAppTest
class AllowedLevelsTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    BallotBox box;

    @Test
    void aLevelAboveWhatTheSubjectAllowsIsRefusedBeforeTheBallotIsCast() {
        BallotScenario body = new BallotScenario(engine, "DU-CEIL", 3, "subject-low", "subject-any").provision();
        String instance = start(body);
        body.open(rest, instance, Map.of());
        String voter = body.voters.get(0);

        ResponseEntity<String> refused = body.cast(rest, instance, voter, Route.SUBMIT_FORM_JSON, "HTTNV", "HTXSNV");

        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(refused.getBody()).contains("ballotSheet_1").contains("đối tượng số 1")
                .doesNotContain("ballotSheet_2").doesNotContain("HTXSNV");
        String sessionId = body.sessionId(instance);
        assertThat(box.returnedBallots(sessionId)).isZero();
        assertThat(box.subjects(sessionId)).extracting(BallotSubject::allowedLevels).containsExactly(
                List.of(Level.HTNV, Level.KHTNV),
                List.of(Level.values()));

        ResponseEntity<String> cast = body.cast(rest, instance, voter, Route.SUBMIT_FORM_JSON, "HTNV", "HTXSNV");
        assertThat(cast.getStatusCode().is2xxSuccessful()).as(cast.getBody()).isTrue();
        assertThat(box.returnedBallots(sessionId)).isOne();

        // the others cast too, so that no blank sheet stays behind for the other tests' scans
        body.voters.subList(1, 3).forEach(other -> assertThat(body.cast(rest, instance, other,
                Route.SUBMIT_FORM_JSON, "KHTNV", "HTTNV").getStatusCode().is2xxSuccessful()).isTrue());
        body.runJobs(instance);
        assertThat(box.returnedBallots(sessionId)).isEqualTo(3);
    }

    private String start(BallotScenario body) {
        List<Map<String, Object>> subjects = List.of(
                Map.of("id", "subject-low", "name", "Đồng chí SUBJECT-LOW", "allowedLevels", List.of("HTNV", "KHTNV")),
                Map.of("id", "subject-any", "name", "Đồng chí SUBJECT-ANY"));
        return engine.getRuntimeService().startProcessInstanceByKey(SecretBallot.PROCESS_KEY, Variables.createVariables()
                .putValue(SecretBallot.TITLE, "Xét, quyết định xếp loại - " + body.organization)
                .putValue(SecretBallot.ORGANIZATION, body.organization)
                .putValueTyped(SecretBallot.SUBJECTS, SpinValues.jsonValue(BallotScenario.json(subjects)).create())
                .putValueTyped(SecretBallot.VOTERS, SpinValues.jsonValue(BallotScenario.json(body.voters)).create())
                .putValue(SecretBallot.CHAIR_GROUP, body.chairGroup())
                .putValue(SecretBallot.DEADLINE, BallotScenario.DEADLINE)).getId();
    }
}
