package vn.partyreview.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.partyreview.demo.DemoData;
import vn.partyreview.support.ProcessJobs;
import vn.partyreview.support.SignedIn;
import vn.partyreview.support.SpringAppTest;
import vn.partyreview.support.TasklistBrowser;

/**
 * What officials see of the Camunda webapps: no end-of-life banner, no "Tạo việc", dates typed and read as
 * dd/mm/yyyy (in a browser whose JavaScript locale is en-US, as headless chromium's is), Cockpit in Vietnamese with
 * each instance listed by its subject's code and name (business key), Admin in Vietnamese too.
 */
@SpringAppTest
@Tag("browser")
class WebappsForOfficialsBrowserTest {

    private static final int YEAR = 2038;
    private static final String WARD_KEY = "DU-GIANGBIEN · Đảng bộ phường Giang Biên";

    @LocalServerPort
    int port;
    @Autowired
    DemoData demoData;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;

    private ProcessInstance campaign;

    @BeforeEach
    void wardCampaignRunning() {
        demoData.loadIfAbsent();
        campaign = runtimeService.createProcessInstanceQuery().processDefinitionKey("campaign")
                .variableValueEquals("year", YEAR).singleResult();
        if (campaign == null) {
            campaign = SignedIn.as(identityService, "hungnv", () -> runtimeService.startProcessInstanceByKey(
                    "campaign", Map.of("year", YEAR, "rootOrgCode", "DU-GIANGBIEN", "ruleSet", "QD132-2018")));
            ProcessJobs.runContinuations(managementService);
        }
    }

    @Test
    void theWardOfficeTypesAndReadsDatesAsDayMonthYearWithoutBannerOrCreateTask() {
        assertThat(campaign.getBusinessKey()).isEqualTo(YEAR + " · DU-GIANGBIEN · Đảng bộ phường Giang Biên");
        Task registration = taskService.createTaskQuery().taskDefinitionKey("Task_RegisterSchedule")
                .processVariableValueEquals("orgCode", "DU-GIANGBIEN").singleResult();
        assertThat(registration.getName()).endsWith("— Đảng bộ phường Giang Biên");

        try (TasklistBrowser browser = new TasklistBrowser(port)) {
            browser.signIn("ngocbt", "demo");
            browser.openGroupTasks();
            browser.openTask("Đăng ký lịch kiểm điểm với cấp trên — Đảng bộ phường Giang Biên");
            browser.claimTask();
            assertHidden(browser, ".ce-eol-banner");
            assertHidden(browser, ".create-task-action");
            assertThat(browser.pageText()).doesNotContain("Tạo việc", "Camunda 8");

            WebElement reviewDate = dateInput(browser, "Ngày hội nghị kiểm điểm tập thể");
            assertThat(reviewDate.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
            type(browser, reviewDate, "25/11/2038");
            type(browser, dateInput(browser, "Ngày hội nghị đánh giá, xếp loại chất lượng"), "05/12/2038");
            browser.screenshot("tasklist-date-dd-mm-yyyy");
            assertThat(reviewDate.getAttribute("value")).isEqualTo("25/11/2038");

            browser.completeTask();
            browser.waitUntilPageLacks("Đăng ký lịch kiểm điểm với cấp trên — Đảng bộ phường Giang Biên");
        }
        // the form submits ISO dates, which the server guard accepted
        assertThat(historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(registration.getProcessInstanceId()).variableName("reviewMeetingDate")
                .singleResult().getValue()).isEqualTo("2038-11-25");
        assertThat(historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(registration.getProcessInstanceId()).variableName("gradingMeetingDate")
                .singleResult().getValue()).isEqualTo("2038-12-05");
    }

    @Test
    void theDistrictSupervisorFindsTheWardByItsNameInVietnameseCockpit() {
        // cells start once the ward committee's own review is over; their keys are checked by PartyCellProcessTest
        // and WardCampaignEndToEndTest, the same column shows them
        String organizationDefinition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("partyOrganization").latestVersion().singleResult().getId();

        try (TasklistBrowser browser = new TasklistBrowser(port)) {
            browser.signIntoCockpit("thuynt", "demo");
            browser.open("cockpit/default/#/process-definition/" + organizationDefinition + "/runtime");
            browser.waitUntilPageContains(WARD_KEY);
            browser.screenshot("cockpit-vi-instances-by-business-key");
            assertHidden(browser, ".ce-eol-banner");
            assertThat(browser.pageText())
                    .contains("Phiên quy trình", "Mã nghiệp vụ")
                    .doesNotContain("Business Key", "Process Instances", "Start Time", "Camunda 8");

            WebElement row = browser.visible(By.xpath("//tr[td[contains(normalize-space(.),'" + WARD_KEY + "')]]"));
            browser.click(row.findElement(By.cssSelector("a[href*='process-instance']")));
            browser.waitUntilPageContains("Mã nghiệp vụ:");
            browser.waitUntilPageContains(WARD_KEY);
            browser.screenshot("cockpit-vi-ward-instance");
            assertThat(browser.driver().getCurrentUrl()).contains("/process-instance/");
        }
    }

    @Test
    void adminIsInVietnameseWithoutBanner() {
        try (TasklistBrowser browser = new TasklistBrowser(port)) {
            browser.signIntoCockpit("admin", "test-admin-Secret-1");
            browser.open("admin/default/#/users");
            browser.waitUntilPageContains("Thêm người dùng");
            assertHidden(browser, ".ce-eol-banner");
            assertThat(browser.pageText()).contains("Người dùng", "Nhóm", "Phân quyền", "Hệ thống")
                    .doesNotContain("Add User", "Authorizations", "First Name", "Camunda 8");
            browser.screenshot("admin-vi-users");
        }
    }

    private static WebElement dateInput(TasklistBrowser browser, String label) {
        return browser.visible(By.xpath("//div[contains(@class,'fjs-form-field-datetime')]"
                + "[.//label[contains(normalize-space(.),'" + label + "')]]//input"));
    }

    /** Types a date as an official would and leaves the field, which makes the date picker read it. */
    private static void type(TasklistBrowser browser, WebElement input, String date) {
        browser.click(input);
        input.sendKeys(date, Keys.TAB);
    }

    private static void assertHidden(TasklistBrowser browser, String selector) {
        assertThat(browser.driver().findElements(By.cssSelector(selector)))
                .as(selector).allSatisfy(element -> assertThat(element.isDisplayed()).isFalse());
    }
}
