package vn.partyreview.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.partyreview.campaign.CampaignService;
import vn.partyreview.campaign.CampaignSubject;
import vn.partyreview.campaign.CampaignSubjectRepository;
import vn.partyreview.campaign.SubjectStatus;
import vn.partyreview.demo.DemoData;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.support.ProcessJobs;
import vn.partyreview.support.SpringAppTest;
import vn.partyreview.support.TasklistBrowser;

/**
 * The ward committee decides a member's level in the real Tasklist: the decision form shows the self-assessed
 * level, the cell's proposal, the secret ballot, the related bodies' opinions, the ceiling and why; a level above
 * the ceiling is sent back with the reason.
 */
@SpringAppTest
@Tag("browser")
class DecisionFormBrowserTest {

    private static final String DECIDE = "Quyết định xếp loại";

    @LocalServerPort
    int port;
    @Autowired
    DemoData demoData;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    CampaignService campaigns;
    @Autowired
    CampaignSubjectRepository subjects;

    @Test
    void theCommitteeSeesEverythingItDecidesOnAndCannotGoAboveTheCeiling() {
        demoData.loadIfAbsent();
        // A year of its own: the demo ward has one campaign per year, and other tests share the database.
        String campaignId = String.valueOf(campaigns.open(2032, "DU-GIANGBIEN").getId());
        CampaignSubject member = new CampaignSubject(campaignId, SubjectType.MEMBER, "DV0023", "Nguyễn Thị Lợi",
                "CB-TDP01", SubjectStatus.SELF_ASSESSED);
        member.selfAssessed("[{\"code\":\"chuc-trach\",\"key\":true,\"rating\":\"TOT\"}]",
                "{\"sickLeaveMonths\": 4}", Level.HTTNV, Level.HTTNV);
        subjects.save(member);
        // the caller names the subject; ceiling, rule set and deciding group come from the records above
        runtimeService.startProcessInstanceByKey("gradingDecision", Variables.createVariables()
                .putValue("campaignId", campaignId).putValue("orgCode", "CB-TDP01")
                .putValue("subjectType", "MEMBER").putValue("subjectId", "DV0023")
                .putValue("decisionBrief", SpinValues.jsonValue("{\"selfLevel\": \"Hoàn thành tốt nhiệm vụ\","
                        + "\"proposedLevel\": \"Hoàn thành tốt nhiệm vụ\", \"ballotLevel\": \"Hoàn thành nhiệm vụ\","
                        + "\"opinions\": [\"Chi bộ Tổ dân phố số 1: Hoàn thành tốt nhiệm vụ\"]}").create()));
        ProcessJobs.runContinuations(managementService);

        try (TasklistBrowser browser = new TasklistBrowser(port)) {
            browser.signIn("hungnv", "demo");
            browser.openGroupTasks();
            browser.openTask(DECIDE);
            browser.waitUntilPageContains("Kết quả bỏ phiếu kín");
            browser.screenshot("decision-1-form");
            assertThat(browser.pageText()).contains("Tự đánh giá: Hoàn thành tốt nhiệm vụ",
                    "Kết quả bỏ phiếu kín: Hoàn thành nhiệm vụ", "Chi bộ Tổ dân phố số 1: Hoàn thành tốt nhiệm vụ",
                    "Mục II.2.3");

            browser.claimTask();
            browser.chooseInSelect("Mức xếp loại quyết định", "Hoàn thành tốt nhiệm vụ");
            browser.driver().findElement(By.cssSelector(".fjs-form textarea")).sendKeys("Biểu quyết bằng phiếu kín");
            browser.completeTask();
            browser.screenshot("decision-2-completed-above-ceiling");

            // the decision task comes back to the committee with the reason
            browser.signIn("hungnv", "demo");
            browser.openGroupTasks();
            browser.openTask(DECIDE);
            browser.waitUntilPageContains("Quyết định trước chưa được chấp nhận");
            browser.screenshot("decision-3-sent-back");
            assertThat(browser.pageText()).contains("cao hơn mức tối đa");
        }
    }
}
