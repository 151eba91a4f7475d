package vn.partyreview.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.partyreview.identity.IdentityProvisioning;
import vn.partyreview.integrity.CampaignWalker;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.support.SpringAppTest;
import vn.partyreview.support.TasklistBrowser;

/**
 * The dossier's way up in the real Tasklist: the ward office previews the dossier ZIP from its sending task and
 * sends it; the district's organizing board receives it in its task "Tiếp nhận hồ sơ", downloads the ZIP as sent
 * from the link in the form and confirms the receipt. Each download is opened as a ZIP. Screenshots are kept.
 */
@SpringAppTest
@Tag("browser")
class DossierBrowserTest {

    private static final String SEND = "Gửi kết quả, hồ sơ về cấp trên";
    private static final String RECEIVE = "Tiếp nhận hồ sơ";

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
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theWardOfficeSendsTheDossierAndTheDistrictReceivesAndDownloadsIt() throws Exception {
        CampaignWalker ward = new CampaignWalker(engine, rest, "WEBD");
        ward.createWard(organizations, bodies, members, provisioning);
        String campaign = ward.start();
        walkUntil(ward, campaign, "Task_SendDossier");
        Path downloads = Files.createTempDirectory("dossier-downloads");

        try (TasklistBrowser browser = new TasklistBrowser(port)) {
            allowDownloads(browser, downloads);
            browser.signIn(ward.user("sec"), CampaignWalker.PASSWORD);
            browser.openGroupTasks();
            browser.openTask(SEND + " — Đảng bộ phường WEBD");
            browser.claimTask();
            browser.screenshot("dossier-1-send");
            browser.click(link(browser, "Xem trước hồ sơ sẽ gửi"));
            assertThat(zipEntries(downloaded(browser, downloads, "HO_SO_ZIP-DU-WEBD.zip")))
                    .contains("MAU_01-DU-WEBD.docx", "TONG_HOP_KET_QUA-DU-WEBD.docx");
            browser.click(browser.visible(By.xpath("//div[contains(@class,'fjs-form-field-checkbox')]//input")));
            browser.completeTask();
            browser.waitUntilPageLacks(SEND + " — Đảng bộ phường WEBD");
            browser.screenshot("dossier-2-sent");

            walkUntil(ward, campaign, "Task_ReceiveDossier");
            browser.signIn(ward.user("distsec"), CampaignWalker.PASSWORD);
            browser.openGroupTasks();
            browser.openTask(RECEIVE + " — Đảng bộ phường WEBD");
            browser.claimTask();
            browser.waitUntilPageContains("Tiếp nhận hồ sơ của Đảng bộ phường WEBD");
            browser.screenshot("dossier-3-receive");
            browser.click(link(browser, "Tải hồ sơ"));
            String campaignId = jdbc.queryForObject("select campaign_id from dossier_sending where org_code = ?",
                    String.class, "DU-WEBD");
            List<String> entries = zipEntries(downloaded(browser, downloads,
                    "ho-so-DU-WEBD-" + campaignId + ".zip"));
            assertThat(entries).contains("MAU_01-DU-WEBD.docx", "MAU_01-DU-WEBD.pdf", "TONG_HOP_KET_QUA-DU-WEBD.pdf",
                    "DANH_SACH_KHTNV-DU-WEBD.docx", "TONG_HOP_CAN_BO-DU-WEBD.docx")
                    .anyMatch(entry -> entry.startsWith("BIEN_BAN_KIEM_PHIEU-"));
            browser.click(browser.visible(By.xpath("//div[contains(@class,'fjs-form-field-checkbox')]//input")));
            browser.completeTask();
            browser.waitUntilPageLacks(RECEIVE + " — Đảng bộ phường WEBD");
            browser.screenshot("dossier-4-received");
        }
        assertThat(jdbc.queryForMap("select sent_by, received_by from dossier_sending where org_code = ?", "DU-WEBD"))
                .containsEntry("SENT_BY", ward.user("sec")).containsEntry("RECEIVED_BY", ward.user("distsec"));
        walkUntil(ward, campaign, null);
    }

    /** Answers every task until the oldest open one is {@code taskKey} (null: to the campaign's end). */
    private static void walkUntil(CampaignWalker ward, String campaign, String taskKey) {
        Task task = ward.walkUntil(campaign, next -> next.getTaskDefinitionKey().equals(taskKey), (next, answer) -> { });
        assertThat(task == null).as("the campaign ended before " + taskKey).isEqualTo(taskKey == null);
    }

    private static void allowDownloads(TasklistBrowser browser, Path directory) {
        ((HasCdp) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", directory.toAbsolutePath().toString()));
    }

    private static WebElement link(TasklistBrowser browser, String text) {
        return browser.visible(By.xpath("//div[contains(@class,'fjs-form-field-text')]//a[contains(normalize-space(),'"
                + text + "')]"));
    }

    /** Waits for Chromium to finish writing the file. */
    private static Path downloaded(TasklistBrowser browser, Path directory, String name) {
        Path file = directory.resolve(name);
        browser.waitUntil(driver -> Files.isRegularFile(file) && !partial(directory));
        return file;
    }

    private static boolean partial(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(path -> path.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> zipEntries(Path zip) throws IOException {
        List<String> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entriesOf = new ZipInputStream(in)) {
            for (ZipEntry entry = entriesOf.getNextEntry(); entry != null; entry = entriesOf.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).as("a ZIP with entries: " + zip.getFileName()).isNotEmpty();
        return entries;
    }
}
