package vn.partyreview.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.partyreview.demo.DemoData;
import vn.partyreview.support.ProcessJobs;
import vn.partyreview.support.SpringAppTest;
import vn.partyreview.support.TasklistBrowser;

/**
 * SPEC I1 in the real Tasklist: a member pastes a self-review text whose trimmed length passes the browser's 4000
 * character limit but which, with its trailing spaces, is longer than the engine can store. form-js lets it through;
 * the server refuses it, Tasklist shows the Vietnamese message naming the field, and the task stays open.
 */
@SpringAppTest
@Tag("browser")
class RefusedSubmissionBrowserTest {

    private static final String SELF_REVIEW = "Viết bản tự kiểm điểm (Mẫu 02)";

    @LocalServerPort
    int port;
    @Autowired
    DemoData demoData;
    @Autowired
    CampaignService campaigns;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    @Test
    void tasklistShowsTheServersRefusalAndTheTaskStaysOpen() {
        demoData.loadIfAbsent();
        Campaign campaign = campaigns.open(2039, "DU-GIANGBIEN", "QD132-2018");
        String instance = runtimeService.startProcessInstanceByKey("partyMember", Map.of("campaignId",
                String.valueOf(campaign.getId()), "orgCode", "CB-TDP03", "memberCode", "DV0044"))
                .getId();   // tribv, Chi bộ Tổ dân phố số 3
        ProcessJobs.runContinuations(managementService);

        try (TasklistBrowser browser = new TasklistBrowser(port)) {
            browser.signIn("tribv", "demo");
            browser.openTask(SELF_REVIEW);
            for (WebElement text : browser.driver().findElements(By.cssSelector(".fjs-form textarea"))) {
                text.sendKeys("Hoàn thành các nhiệm vụ được giao tại tổ dân phố.");
            }
            for (WebElement good : browser.driver().findElements(By.xpath(
                    "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space()='Tốt']"))) {
                browser.click(good);
            }
            browser.chooseInSelect("Xếp loại đảng viên", "Hoàn thành tốt nhiệm vụ");
            // a pasted text: 3990 characters, then spaces the browser trims away before counting
            WebElement limitations = browser.driver().findElement(By.xpath("//div[contains(@class,"
                    + "'fjs-form-field')][.//label[contains(normalize-space(.),'1. Hạn chế, khuyết điểm')]]//textarea"));
            limitations.clear();
            limitations.sendKeys("Chưa sâu sát. ".repeat(285) + " ".repeat(20));
            browser.completeTask();

            browser.waitUntilPageContains("dài quá 4000 ký tự (tính cả khoảng trắng ở đầu và cuối)");
            browser.screenshot("refused-submission-1-message");
            assertThat(browser.pageText()).contains(
                    "Trường \"1. Hạn chế, khuyết điểm (theo 03 nội dung nêu trên)\" dài quá 4000 ký tự");
        }
        assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_WriteSelfReview")
                .taskAssignee("tribv").count()).as("the self-review is still open").isOne();
    }
}
