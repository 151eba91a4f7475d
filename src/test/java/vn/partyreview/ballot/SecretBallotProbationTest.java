package vn.partyreview.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.partyreview.ballot.BallotScenario.Route;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationKind;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.support.SpringAppTest;

/**
 * Only full members vote: a probationary member the caller summoned anyway is not on the chair's roll call, gets no
 * ballot and is not in the denominator, read from the member record when the roll is drawn and the session opens.
 */
@SpringAppTest
class SecretBallotProbationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    OrganizationRepository organizations;
    @Autowired
    PartyMemberRepository members;
    @Autowired
    BallotBox box;

    @Test
    void aProbationaryMemberIsNeitherAVoterNorInTheDenominator() {
        BallotScenario cell = new BallotScenario(engine, "CB-PROBATION", 3, "subject-p").provision();
        Organization unit = organizations.save(new Organization("CB-PROBATION", "Chi bộ dự bị",
                OrganizationKind.BASIC_CELL, null, null, null));
        String probationary = cell.voters.get(2);
        PartyMember member = new PartyMember("PROB-03", probationary, "Nguyễn Văn 03", unit,
                LocalDate.of(2026, 3, 1), MemberStatus.ACTIVE, false);
        member.probation(true, null);
        members.save(member);
        String fullMemberOnRecord = cell.voters.get(0);
        PartyMember full = new PartyMember("PROB-01", fullMemberOnRecord, "Nguyễn Văn 01", unit,
                LocalDate.of(2020, 3, 1), MemberStatus.ACTIVE, false);
        full.probation(false, LocalDate.of(2021, 3, 1));
        members.save(full);

        String instance = cell.start();
        Task opening = engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(SecretBallot.OPEN_TASK).singleResult();
        assertThat(engine.getTaskService().getVariable(opening.getId(), SecretBallot.ROLL).toString())
                .contains(cell.voters.get(0), cell.voters.get(1)).doesNotContain(probationary);
        cell.open(rest, instance, Map.of());

        BallotSession session = box.session(cell.sessionId(instance)).orElseThrow();
        assertThat(session.summoned()).isEqualTo(2);
        assertThat(session.denominator()).isEqualTo(2);
        assertThat(session.present()).isEqualTo(2);
        assertThat(cell.taskOf(instance, probationary)).as("no ballot for a probationary member").isNull();
        // the two full members vote and the session closes: a majority is more than half of two
        for (String voter : cell.voters.subList(0, 2)) {
            assertThat(cell.cast(rest, instance, voter, Route.SUBMIT_FORM_JSON, "HTNV").getStatusCode()
                    .is2xxSuccessful()).isTrue();
        }
        cell.runJobs(instance);
        assertThat(engine.getRuntimeService().getVariable(instance, SecretBallot.RESULT).toString())
                .contains("\"ballotsReturned\":2", "\"level\":\"HTNV\"");
    }
}
