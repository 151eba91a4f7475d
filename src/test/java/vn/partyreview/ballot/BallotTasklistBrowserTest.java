package vn.partyreview.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.partyreview.ballot.BallotScenario.Route;
import vn.partyreview.support.SpringAppTest;
import vn.partyreview.support.TasklistBrowser;

/**
 * The chair calls the roll and a voter casts a secret ballot from the real Tasklist (which posts to submit-form):
 * one level per subject; the box counts it, participation is kept, and no engine table holds the filled ballot.
 */
@SpringAppTest
@Tag("browser")
class BallotTasklistBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aVoterCastsFromTasklistAndOnlyTheCountRemains() {
        BallotScenario cell = new BallotScenario(engine, "CB-WEB", 3, "subject-w1", "subject-w2").provision();
        String instance = cell.start();
        String voter = cell.voters.get(0);

        try (TasklistBrowser browser = new TasklistBrowser(port)) {
            // the chair calls the roll: the third member is away for the whole meeting with an approved reason
            browser.signIn(cell.chair, BallotScenario.PASSWORD);
            browser.openGroupTasks();
            browser.openTask("Điểm danh, mở phiên bỏ phiếu");
            browser.claimTask();
            browser.click(browser.visible(By.xpath("//div[contains(@class,'fjs-form-field-checklist')]"
                    + "[label[1][normalize-space()='Vắng mặt cả buổi có lý do được chấp thuận']]"
                    + "//label[normalize-space()='Nguyễn Văn 03']")));
            browser.screenshot("ballot-0-roll-call");
            browser.completeTask();
            browser.waitUntilPageLacks("Điểm danh, mở phiên bỏ phiếu");

            browser.signIn(voter, BallotScenario.PASSWORD);
            browser.openTask("Bỏ phiếu kín");
            for (String subject : List.of("Đồng chí SUBJECT-W1", "Đồng chí SUBJECT-W2")) {
                browser.click(browser.visible(By.xpath("//div[contains(@class,'fjs-form-field-checklist')]"
                        + "[label[1][normalize-space()='Hoàn thành tốt nhiệm vụ']]"
                        + "//label[normalize-space()='" + subject + "']")));
            }
            browser.screenshot("ballot-1-filled");
            browser.completeTask();
            browser.waitUntilPageContains("Không có việc nào khớp với bộ lọc");
            browser.screenshot("ballot-2-cast");
        }

        String sessionId = cell.sessionId(instance);
        assertThat(jdbc.queryForObject("select attendance from ballot_roll where session_id = ? and voter_id = ?",
                String.class, sessionId, cell.voters.get(2))).isEqualTo("ABSENT_WITH_APPROVED_REASON");
        assertThat(jdbc.queryForObject("select count(*) from ballot_participation where session_id = ?",
                Integer.class, sessionId)).isOne();
        assertThat(jdbc.queryForObject("select sum(votes) from ballot_count where session_id = ? and grade_level = 'HTTNV'",
                Integer.class, sessionId)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_VARINST where NAME_ like ?", Integer.class,
                SecretBallot.SHEET + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_VARIABLE where NAME_ like ?", Integer.class,
                SecretBallot.SHEET + "%")).as("only the blank ballot not yet cast").isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL where ROOT_PROC_INST_ID_ = ?",
                Integer.class, instance)).as("the session's own history is there to be searched").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL where ROOT_PROC_INST_ID_ = ? "
                + "and (NAME_ like ? or TEXT_ like ?)", Integer.class, instance, SecretBallot.SHEET + "%", "%HTTNV%"))
                .isZero();

        // the other one present casts through the REST API; the session closes and no ballot is left anywhere
        cell.cast(rest, instance, cell.voters.get(1), Route.COMPLETE_JSON, "HTNV", "HTNV");
        cell.runJobs(instance);
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_VARIABLE where NAME_ like ?", Integer.class,
                SecretBallot.SHEET + "%")).isZero();
    }
}
