package vn.partyreview.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.partyreview.support.BallotSheetPage.choice;
import static vn.partyreview.support.BallotSheetPage.levelsOffered;
import static vn.partyreview.support.BallotSheetPage.rowXpath;


import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.partyreview.ballot.BallotScenario.Route;
import vn.partyreview.support.SpringAppTest;
import vn.partyreview.support.TasklistBrowser;

/**
 * The chair calls the roll and a voter casts a secret ballot from the real Tasklist (which posts to submit-form):
 * one row per subject with its allowed levels; the box counts it, participation is kept, no engine table holds the
 * filled ballot, and nothing of it stays in the browser's localStorage.
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
        BallotScenario cell = new BallotScenario(engine, "CB-WEB", 3, "subject-w1", "subject-w2")
                .allowing("subject-w2", "HTTNV", "HTNV", "KHTNV").provision();
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
            // a sheet saved by an earlier voter on this PC, written past Tasklist's own code
            String taskId = cell.taskOf(instance, voter);
            script(browser, "window.localStorage['camunda-form:' + arguments[0]] = "
                    + "JSON.stringify({ballotSheet_1: 'HTXSNV', ballotSheet_2: 'HTNV'});", taskId);
            browser.driver().navigate().refresh();
            browser.openTask("Bỏ phiếu kín");
            assertThat(ballotEntries(browser)).as("an old sheet is removed when Tasklist starts").isEmpty();

            // one row per subject, its allowed levels as choices; the second subject is offered none above HTTNV
            assertThat(browser.pageText()).contains("1. Đồng chí SUBJECT-W1", "2. Đồng chí SUBJECT-W2");
            assertThat(levelsOffered(browser, 1)).containsExactly("Hoàn thành xuất sắc nhiệm vụ",
                    "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ");
            assertThat(levelsOffered(browser, 2)).containsExactly("Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ",
                    "Không hoàn thành nhiệm vụ");
            browser.click(choice(browser, 1, "Hoàn thành tốt nhiệm vụ"));
            // Tasklist refuses the sheet while a row is blank, naming the row, before anything is sent
            browser.completeTask();
            assertThat(browser.visible(By.xpath(rowXpath(2) + "//*[contains(@class,'fjs-form-field-error')]"))
                    .getText()).isNotBlank();
            assertThat(browser.driver().findElements(By.xpath(rowXpath(1)
                    + "//*[contains(@class,'fjs-form-field-error')]"))).isEmpty();
            browser.screenshot("ballot-1-half-filled");
            assertThat(cell.taskOf(instance, voter)).as("not cast").isNotNull();
            assertThat(browser.driver().findElements(By.xpath("//button[normalize-space()='Lưu']")))
                    .as("no Save on a ballot").noneMatch(WebElement::isDisplayed);

            browser.click(choice(browser, 2, "Hoàn thành tốt nhiệm vụ"));
            // Tasklist saves the form when its session expires, as "Lưu" would: nothing is kept
            WebElement save = browser.driver().findElement(By.xpath("//button[normalize-space()='Lưu']"));
            assertThat(save.isEnabled()).as("Tasklist would save this sheet").isTrue();
            script(browser, "arguments[0].click();", save);
            assertThat(ballotEntries(browser)).as("a filled sheet is never written to localStorage").isEmpty();
            browser.screenshot("ballot-1-filled");
            browser.completeTask();
            browser.waitUntilPageContains("Không có việc nào khớp với bộ lọc");
            browser.screenshot("ballot-2-cast");
            assertThat(ballotEntries(browser)).isEmpty();
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
                SecretBallot.SHEET + "%"))
                .as("only the blank whole sheet of the ballot not yet cast: its rows exist only in the casting command")
                .isOne();
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_VARINST where ROOT_PROC_INST_ID_ = ?",
                Integer.class, instance)).as("the session's own history is there to be searched").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL where ROOT_PROC_INST_ID_ = ?",
                Integer.class, instance)).as("no form property nor variable write is kept as a detail row").isZero();

        // the other one present casts through the REST API; the session closes and no ballot is left anywhere
        ResponseEntity<String> notOffered = cell.cast(rest, instance, cell.voters.get(1), Route.COMPLETE_JSON,
                "HTNV", "HTXSNV");
        assertThat(notOffered.getStatusCode()).as("a level not offered for the subject")
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notOffered.getBody()).contains("Mức xếp loại - đối tượng số 2",
                "không nằm trong danh sách cho phép").doesNotContain("HTXSNV");
        cell.cast(rest, instance, cell.voters.get(1), Route.COMPLETE_JSON, "HTNV", "HTNV");
        cell.runJobs(instance);
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_VARIABLE where NAME_ like ?", Integer.class,
                SecretBallot.SHEET + "%")).isZero();
    }

    private static Object script(TasklistBrowser browser, String code, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code, arguments);
    }

    /** The localStorage keys of Tasklist's saved forms that hold a ballot field. */
    @SuppressWarnings("unchecked")
    private static List<String> ballotEntries(TasklistBrowser browser) {
        return (List<String>) script(browser, "return Object.keys(window.localStorage).filter(key => "
                + "key.startsWith('camunda-form:') && window.localStorage.getItem(key).includes('ballotSheet'));");
    }
}
