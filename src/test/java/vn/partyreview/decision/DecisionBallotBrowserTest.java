package vn.partyreview.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.partyreview.support.BallotSheetPage.choice;
import static vn.partyreview.support.BallotSheetPage.levelsOffered;
import static vn.partyreview.support.BallotSheetPage.rowHeadings;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.partyreview.ballot.SecretBallot;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.identity.IdentityProvisioning;
import vn.partyreview.integrity.CampaignWalker;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.support.SpringAppTest;
import vn.partyreview.support.TasklistBrowser;

/**
 * A decision session in the real Tasklist (SPEC §11): the ward committee's member casts the secret ballot deciding
 * the ward's members and reads each subject by name on one row with only the levels up to its ceiling (the ward
 * secretary, a civil servant rated "Hoàn thành nhiệm vụ" one month, is offered nothing above "Hoàn thành tốt nhiệm
 * vụ"); the chair then confirms the session and reads the subjects by name with their levels. Screenshots are kept.
 */
@SpringAppTest
@Tag("browser")
class DecisionBallotBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    OrganizationRepository organizations;
    @Autowired
    PartyBodyRepository bodies;
    @Autowired
    PartyMemberRepository members;
    @Autowired
    IdentityProvisioning provisioning;

    @Test
    void aCommitteeMemberCastsTheDecisionBallotAndTheChairConfirmsBothByName() throws Exception {
        CampaignWalker ward = new CampaignWalker(engine, rest, "WEBS").onTime();
        ward.createWard(organizations, bodies, members, provisioning);
        String campaign = ward.start();
        Task ballot = walkUntil(ward, campaign, this::decidesMembers);
        assertThat(ballot).as("the members' decision ballot").isNotNull();
        String secretary = "Nguyễn Văn wardsec";

        try (TasklistBrowser browser = new TasklistBrowser(port)) {
            browser.signIn(ballot.getAssignee(), CampaignWalker.PASSWORD);
            openTask(browser, ballot);
            List<String> rows = rowHeadings(browser);
            assertThat(rows).extracting(heading -> heading.replaceFirst("^\\d+\\. ", ""))
                    .containsExactlyInAnyOrder(secretary, "Nguyễn Văn sec", "Nguyễn Văn mem");
            assertThat(browser.pageText()).contains("Xét, quyết định xếp loại chất lượng đảng viên - Đảng bộ phường WEBS");
            // beside each name, what the office compiled: self-level, the cell's proposal and vote, the ceiling
            assertThat(browser.pageText()).contains("Tự đánh giá: Hoàn thành tốt nhiệm vụ; cấp ủy đề xuất:",
                    "chi bộ biểu quyết: Hoàn thành tốt nhiệm vụ", "mức tối đa theo tiêu chuẩn: Hoàn thành tốt nhiệm vụ");
            Map<String, Level> ceilings = ceilings(campaign);
            assertThat(ceilings.get(secretary)).as("one month rated HTNV: no HTXSNV").isNotEqualTo(Level.HTXSNV);
            for (int n = 1; n <= rows.size(); n++) {
                String name = rows.get(n - 1).replaceFirst("^\\d+\\. ", "");
                assertThat(levelsOffered(browser, n)).as("levels offered to " + name).containsExactlyElementsOf(
                        Arrays.stream(Level.values()).filter(level -> !level.isAbove(ceilings.get(name)))
                                .map(Level::label).toList());
                browser.click(choice(browser, n, Level.HTTNV.label()));
            }
            browser.screenshot("decision-ballot-1-sheet");
            browser.completeTask();
            browser.waitUntilPageContains("Không có việc nào khớp với bộ lọc");

            Task confirm = walkUntil(ward, campaign, task -> task.getTaskDefinitionKey().equals("Task_ConfirmDecisions"));
            assertThat(confirm).as("the chair's confirmation").isNotNull();
            browser.signIn(confirm.getAssignee() != null ? confirm.getAssignee() : ward.holderOf(confirm),
                    CampaignWalker.PASSWORD);
            openTask(browser, confirm);
            if (!browser.driver().findElements(By.cssSelector("button.claim")).isEmpty()) {
                browser.claimTask();
            }
            browser.waitUntilPageContains(secretary);
            assertThat(browser.pageText()).contains("Xác nhận kết quả phiên xét, quyết định xếp loại",
                    "Xét, quyết định xếp loại chất lượng đảng viên - Đảng bộ phường WEBS");
            assertThat(browser.pageText()).contains(secretary + ": kết quả Hoàn thành tốt nhiệm vụ",
                    "Nguyễn Văn sec: kết quả Hoàn thành tốt nhiệm vụ",
                    "Nguyễn Văn mem: kết quả Hoàn thành tốt nhiệm vụ");
            browser.screenshot("decision-ballot-2-confirm");
            browser.completeTask();
            browser.waitUntilPageLacks("Chủ trì xác nhận kết quả phiên xét");
            browser.screenshot("decision-ballot-3-confirmed");
        }
        assertThat(walkUntil(ward, campaign, task -> false)).as("the campaign ends").isNull();
    }

    /** Each subject's ceiling by name, as the results API answers it (SPEC §12). */
    private Map<String, Level> ceilings(String campaign) throws Exception {
        Object campaignId = engine.getRuntimeService().getVariable(campaign, "campaignId");
        JsonNode results = JSON.readTree(rest.withBasicAuth("admin", "test-admin-Secret-1")
                .getForEntity("/api/campaigns/" + campaignId + "/results", String.class).getBody());
        Map<String, Level> ceilings = new HashMap<>();
        results.forEach(row -> {
            if (row.hasNonNull("ceilingLevel")) {
                ceilings.put(row.path("subjectName").asText(), Level.valueOf(row.path("ceilingLevel").asText()));
            }
        });
        return ceilings;
    }

    /** The ward committee's ballot deciding the members: a ballot task called by a decision session. */
    private boolean decidesMembers(Task task) {
        if (!task.getTaskDefinitionKey().equals(SecretBallot.CAST_TASK)) {
            return false;
        }
        ProcessInstance caller = engine.getRuntimeService().createProcessInstanceQuery()
                .subProcessInstanceId(task.getProcessInstanceId()).singleResult();
        return caller != null && caller.getProcessDefinitionId().startsWith(DecisionSessionProcess.PROCESS_KEY + ":")
                && caller.getBusinessKey().contains("/MEMBER");
    }

    /** Walks the campaign; the ward secretary's civil-servant rating has one month "Hoàn thành nhiệm vụ". */
    private static Task walkUntil(CampaignWalker ward, String campaign, Predicate<Task> wanted) {
        return ward.walkUntil(campaign, wanted, (task, answer) -> {
            if (task.getTaskDefinitionKey().equals("Task_RateCivilServant")) {
                answer.put("civilServantMonth03", "HTNV");
            }
        });
    }

    private static void openTask(TasklistBrowser browser, Task task) {
        browser.open("tasklist/default/#/?task=" + task.getId());
        browser.visible(By.cssSelector(".fjs-form"));
    }
}
