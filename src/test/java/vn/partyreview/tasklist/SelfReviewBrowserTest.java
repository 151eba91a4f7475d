package vn.partyreview.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.partyreview.campaign.Campaign;
import vn.partyreview.campaign.CampaignService;
import vn.partyreview.subjects.CampaignSubjects;
import vn.partyreview.review.PartyMemberProcess;
import vn.partyreview.demo.DemoData;
import vn.partyreview.support.ProcessJobs;
import vn.partyreview.support.SpringAppTest;
import vn.partyreview.support.TasklistBrowser;

/**
 * The key journey of a member in the real Tasklist: a member of Chi bộ Tổ dân phố số 1 fills and completes the
 * self-review form (Mẫu 02); the cell's secretary then gets the next task, the review meeting, and a member of
 * another cell sees none of it. Screenshots are kept under target/screenshots.
 */
@SpringAppTest
@Tag("browser")
class SelfReviewBrowserTest {

    private static final String SELF_REVIEW = "Viết bản tự kiểm điểm (Mẫu 02)";
    private static final String REVIEW_MEETING = "Ghi biên bản kiểm điểm tại chi bộ";

    @LocalServerPort
    int port;
    @Autowired
    DemoData demoData;
    @Autowired
    CampaignService campaigns;
    @Autowired
    CampaignSubjects campaignSubjects;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;

    @Test
    void memberCompletesTheSelfReviewAndTheSecretaryGetsTheMeeting() {
        demoData.loadIfAbsent();
        // A year of its own: the demo ward has one campaign per year, and other tests share the database.
        Campaign campaign = campaigns.open(2031, "DU-GIANGBIEN", "QD132-2018");
        // the cells are in the campaign, as the ward's process puts them there
        campaignSubjects.includeOrganization(String.valueOf(campaign.getId()), "CB-TDP01", "Chi bộ Tổ dân phố số 1");
        String instance = reviewOf(campaign, "DV0023");   // loint, Chi bộ Tổ dân phố số 1
        reviewOf(campaign, "DV0034");                      // thangnv, Chi bộ Tổ dân phố số 2

        try (TasklistBrowser browser = new TasklistBrowser(port)) {
            browser.signIn("loint", "demo");
            browser.openTask(SELF_REVIEW);
            browser.screenshot("self-review-1-form");
            fillSelfReview(browser);
            browser.screenshot("self-review-2-filled");
            browser.completeTask();
            browser.waitUntilPageLacks(SELF_REVIEW);
            browser.screenshot("self-review-3-completed");

            // the residence cell (here the same cell) comments; then the secretary chairs the meeting
            completeResidenceComment(instance);
            cellMeetingHeld(instance);
            browser.signIn("binhnv", "demo");
            browser.waitUntilPageContains(REVIEW_MEETING);
            browser.waitUntilPageContains(REVIEW_MEETING + " — Nguyễn Thị Lợi");
            browser.screenshot("self-review-4-secretary");
            assertThat(browser.pageText()).contains(REVIEW_MEETING + " — Nguyễn Thị Lợi");

            browser.signIn("thangnv", "demo");
            browser.waitUntilPageContains(SELF_REVIEW);
            browser.screenshot("self-review-5-other-cell");
            assertThat(browser.pageText()).doesNotContain(REVIEW_MEETING, "Nguyễn Thị Lợi");
        }
        assertThat(taskService.createTaskQuery().processInstanceId(instance).taskAssignee("binhnv").singleResult()
                .getTaskDefinitionKey()).isEqualTo("Task_RecordReviewMeeting");
    }

    private void fillSelfReview(TasklistBrowser browser) {
        for (WebElement text : browser.driver().findElements(By.cssSelector(".fjs-form textarea"))) {
            text.sendKeys("Hoàn thành các nhiệm vụ được giao tại tổ dân phố.");
        }
        for (WebElement good : browser.driver().findElements(By.xpath(
                "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space()='Tốt']"))) {
            browser.click(good);
        }
        browser.chooseInSelect("Xếp loại đảng viên", "Hoàn thành tốt nhiệm vụ");
    }

    private String reviewOf(Campaign campaign, String memberCode) {
        String instance = runtimeService.startProcessInstanceByKey("partyMember", Map.of("campaignId",
                String.valueOf(campaign.getId()), "orgCode", "CB-TDP01", "memberCode", memberCode)).getId();
        ProcessJobs.runContinuations(managementService);
        return instance;
    }

    /** The cell's collective review meeting is held: its members' review meetings may follow. */
    private void cellMeetingHeld(String instance) {
        runtimeService.createMessageCorrelation(PartyMemberProcess.CELL_MEETING_HELD_MESSAGE)
                .processInstanceId(instance).correlate();
        ProcessJobs.runContinuations(managementService);
    }

    private void completeResidenceComment(String instance) {
        String task = taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("Task_CommentFromResidence").singleResult().getId();
        Map<String, Object> ratings = new HashMap<>();
        for (String item : List.of("residenceCivicDuty", "residenceEthics", "residenceCulturalFamily",
                "residenceMeetings", "residenceAntiDegradation", "residenceExample")) {
            ratings.put(item, "TOT");
        }
        taskService.complete(task, ratings);
    }
}
