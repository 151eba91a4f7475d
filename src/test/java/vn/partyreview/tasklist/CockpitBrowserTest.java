package vn.partyreview.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.partyreview.demo.DemoData;
import vn.partyreview.support.SignedIn;
import vn.partyreview.support.SpringAppTest;
import vn.partyreview.support.TasklistBrowser;

/** The district supervisor follows a running campaign in Cockpit: the model is drawn with its running instance. */
@SpringAppTest
@Tag("browser")
class CockpitBrowserTest {

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

    @Test
    void theSupervisorSeesTheRunningCampaignDrawnInCockpit() {
        demoData.loadIfAbsent();
        SignedIn.as(identityService, "hungnv", () -> runtimeService.startProcessInstanceByKey("campaign",
                Map.of("year", 2037, "rootOrgCode", "DU-GIANGBIEN", "ruleSet", "QD132-2018")));
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("partyOrganization")
                .latestVersion().singleResult().getId();

        try (TasklistBrowser browser = new TasklistBrowser(port)) {
            browser.signIntoCockpit("thuynt", "demo");
            browser.open("cockpit/default/#/process-definition/" + definition + "/runtime");
            browser.visible(By.cssSelector(".djs-container svg"));
            browser.waitUntilPageContains("Kiểm điểm, xếp loại tổ chức đảng");
            browser.screenshot("cockpit-supervisor-organization");
            assertThat(browser.driver().findElements(By.cssSelector(".djs-element.djs-shape"))).hasSizeGreaterThan(10);
        }
    }
}
