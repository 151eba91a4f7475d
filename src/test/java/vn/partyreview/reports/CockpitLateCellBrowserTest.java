package vn.partyreview.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.partyreview.results.SubjectLatenessRepository;
import vn.partyreview.identity.IdentityProvisioning;
import vn.partyreview.integrity.CampaignWalker;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.support.SpringAppTest;
import vn.partyreview.support.TasklistBrowser;

/**
 * Cockpit in headless chromium: the district supervisor finds the late cell by its name among the running lateness
 * follow-ups and among the cells' instances, sees who is to follow it up, and another district's supervisor does
 * not see it. Screenshots {@code cockpit-late-cell-*.png}.
 */
@SpringAppTest
@Tag("browser")
class CockpitLateCellBrowserTest {

    private static final String LATE_CELL = "CB-RPL · Chi bộ Tổ dân phố RPL";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    SubjectLatenessRepository lateness;
    @Autowired
    RuntimeService runtime;

    @Test
    void theDistrictSupervisorFindsTheLateCellByNameInCockpit() {
        new ReportWards(context).lateCell(lateness);
        ProcessInstance escalation = running("latenessEscalation");
        ProcessInstance cell = running("partyCell");

        try (TasklistBrowser browser = new TasklistBrowser(port)) {
            browser.signIntoCockpit("rpldistsec", CampaignWalker.PASSWORD);
            browser.open("cockpit/default/#/process-definition/" + escalation.getProcessDefinitionId() + "/runtime");
            WebElement row = lateCellRow(browser);
            browser.screenshot("cockpit-late-cell-lateness-list");

            browser.click(row.findElement(By.cssSelector("td.instance-id a")));
            browser.waitUntil(driver -> driver.getCurrentUrl().contains("/process-instance/" + escalation.getId()));
            browser.waitUntilPageContains(LATE_CELL);
            // the instance drawn with its follow-up step, the supervisors' task still open
            browser.visible(By.cssSelector(".djs-element[data-element-id='Task_FollowUpLateness']"));
            browser.screenshot("cockpit-late-cell-follow-up");

            // the cells' instances, searched by the key Cockpit shows ("Thêm điều kiện", Mã nghiệp vụ =)
            browser.open("cockpit/default/#/process-definition/" + cell.getProcessDefinitionId() + "/runtime");
            WebElement search = browser.visible(By.cssSelector("input.main-field[placeholder='Thêm điều kiện']"));
            search.sendKeys(LATE_CELL, Keys.ENTER);
            browser.waitUntil(driver -> driver.getCurrentUrl().contains("searchQuery"));
            assertThat(lateCellRow(browser).findElement(By.cssSelector("td.instance-id a")).getText().trim())
                    .isEqualTo(cell.getId());
            browser.screenshot("cockpit-late-cell-found-by-key");
        }
    }

    @Test
    void anotherDistrictsSupervisorDoesNotSeeIt() {
        new ReportWards(context).lateCell(lateness);
        ProcessInstance escalation = running("latenessEscalation");
        CampaignWalker other = new CampaignWalker(context.getBean(ProcessEngine.class), null, "RPO");
        other.createWard(context.getBean(OrganizationRepository.class), context.getBean(PartyBodyRepository.class),
                context.getBean(PartyMemberRepository.class), context.getBean(IdentityProvisioning.class));

        try (TasklistBrowser browser = new TasklistBrowser(port)) {
            browser.signIntoCockpit(other.user("distsec"), CampaignWalker.PASSWORD);
            browser.open("cockpit/default/#/process-definition/" + escalation.getProcessDefinitionId() + "/runtime");
            browser.waitUntilPageContains("Không có phiên quy trình nào khớp với bộ lọc hiện tại.");
            assertThat(browser.pageText()).doesNotContain("Tổ dân phố RPL");
            browser.screenshot("cockpit-late-cell-other-district");
        }
    }

    private ProcessInstance running(String processKey) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(LATE_CELL).singleResult();
        assertThat(instance).as("the late cell's running %s", processKey).isNotNull();
        return instance;
    }

    private static WebElement lateCellRow(TasklistBrowser browser) {
        return browser.visible(By.xpath("//tr[td[contains(@class,'business-key')][normalize-space()='"
                + LATE_CELL + "']]"));
    }
}
