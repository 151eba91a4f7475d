package vn.partyreview.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import vn.partyreview.results.SubjectLatenessRepository;
import vn.partyreview.integrity.CampaignWalker;
import vn.partyreview.support.SpringAppTest;
import vn.partyreview.support.TasklistBrowser;

/**
 * The {@code /reports/} pages in headless chromium, signed in through the Camunda login as officials are: a district
 * supervisor finds the late cell by name; a member reads her cell's published results and her two years of results,
 * and nothing else.
 */
@SpringAppTest
@Tag("browser")
class ReportsBrowserTest {

    private static final String LATE_CELL = "Chi bộ Tổ dân phố RPL";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    SubjectLatenessRepository lateness;

    private ReportWards wards() {
        return new ReportWards(context);
    }

    @Test
    void theDistrictSupervisorFollowsProgressAndFindsTheLateCellByName() {
        String campaign = wards().lateCell(lateness);
        try (TasklistBrowser browser = new TasklistBrowser(port)) {
            browser.signIntoCockpit("rpldistsec", CampaignWalker.PASSWORD);
            browser.driver().get(base() + "/reports/");
            browser.click(browser.visible(By.cssSelector("#campaigns a[href='/reports/campaigns/" + campaign + "']")));
            browser.waitUntilPageContains("Tiến độ kiểm điểm, xếp loại — Năm " + ReportWards.FIRST_YEAR);
            assertThat(browser.pageText()).contains("Đảng bộ phường RPL", "1 đơn vị chậm tiến độ");
            browser.screenshot("reports-progress-district-supervisor");

            WebElement search = browser.visible(By.id("q"));
            search.sendKeys("tổ dân phố rpl");
            browser.click(browser.driver().findElement(By.cssSelector("form.search button")));
            // the search reloads the page: read the row from the page it answers with, not the one before
            browser.waitUntil(driver -> driver.getCurrentUrl().contains("q="));
            WebElement row = browser.visible(By.cssSelector("#progress tr.late[data-org='CB-RPL']"));
            assertThat(row.getText()).contains(LATE_CELL, "Chậm: Kiểm điểm đảng viên");
            assertThat(row.findElements(By.tagName("td")).get(1).getText())
                    .as("the stage the engine is at").isNotBlank().isNotEqualTo(ProgressReport.NOT_STARTED);
            assertThat(browser.driver().findElements(By.cssSelector("#progress tbody tr"))).hasSize(1);
            browser.screenshot("reports-progress-late-cell-found");

            browser.click(browser.driver().findElement(By.linkText("Biểu đồ mức xếp loại")));
            String chart = browser.visible(By.cssSelector("canvas[id^='chart-']")).getAttribute("id");
            browser.waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return typeof Chart !== 'undefined' && !!Chart.getChart(arguments[0]);", chart)));
            browser.screenshot("reports-levels-chart");
        }
    }

    @Test
    void aMemberReadsHerCellsPublishedResultsAndNothingElse() {
        List<String> campaigns = wards().twoYears();
        String late = wards().lateCell(lateness);
        String published = "/reports/campaigns/" + campaigns.get(1) + "/organizations/CB-RPY";
        try (TasklistBrowser browser = new TasklistBrowser(port)) {
            browser.signIn("rpylan", CampaignWalker.PASSWORD);
            browser.driver().get(base() + "/reports/");
            browser.waitUntilPageContains("Kết quả công khai của chi bộ đồng chí");
            assertThat(browser.pageText()).doesNotContain("Đợt kiểm điểm đồng chí theo dõi");
            browser.click(browser.visible(By.cssSelector("#reviewed a[href='" + published + "']")));
            browser.waitUntilPageContains("Kết quả công khai — Chi bộ Tổ dân phố RPY");
            WebElement own = browser.visible(By.cssSelector("#published tr[data-subject='" + ReportWards.MEMBER + "']"));
            assertThat(own.getText()).contains(ReportWards.MEMBER_NAME, "Hoàn thành tốt nhiệm vụ");
            assertThat(browser.driver().findElements(By.cssSelector("#published tbody tr")))
                    .allSatisfy(line -> assertThat(line.getAttribute("data-subject")).matches("RPY0\\d|CB-RPY"));
            // her own documents only: not the cell's dossier, not the counting minutes
            assertThat(browser.pageText()).doesNotContain("Biên bản kiểm phiếu", "Hồ sơ gửi cấp trên");
            browser.screenshot("reports-member-published");

            for (String elsewhere : List.of("/reports/campaigns/" + campaigns.get(1),
                    "/reports/campaigns/" + campaigns.get(1) + "/levels",
                    "/reports/campaigns/" + campaigns.get(1) + "/organizations/DU-RPY",
                    "/reports/campaigns/" + late + "/organizations/CB-RPL", "/reports/history/MEMBER/RPY02")) {
                browser.driver().get(base() + elsewhere);
                browser.waitUntilPageContains("Đồng chí không có quyền xem trang này.");
            }
            browser.screenshot("reports-member-refused");
        }
        assertThat(rest.withBasicAuth("rpylan", CampaignWalker.PASSWORD)
                .getForEntity("/reports/campaigns/" + late + "/organizations/CB-RPL", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aMembersResultsOfTwoYearsAreBothOnHerHistoryPage() {
        List<String> campaigns = wards().twoYears();
        try (TasklistBrowser browser = new TasklistBrowser(port)) {
            browser.signIn("rpylan", CampaignWalker.PASSWORD);
            browser.driver().get(base() + "/reports/history");
            browser.waitUntilPageContains("Kết quả qua các năm — " + ReportWards.MEMBER_NAME);
            for (int i = 0; i < 2; i++) {
                int year = ReportWards.FIRST_YEAR + i;
                WebElement line = browser.visible(By.cssSelector("#history tr[data-year='" + year + "']"));
                assertThat(line.getText()).contains("Năm " + year, "Chi bộ Tổ dân phố RPY", "Hoàn thành tốt nhiệm vụ",
                        "Đã quyết định xếp loại");
                assertThat(line.findElements(By.tagName("td")).get(5).getText()).matches("\\d{2}/\\d{2}/\\d{4}");
                assertThat(line.findElement(By.tagName("a")).getAttribute("href"))
                        .endsWith("/reports/campaigns/" + campaigns.get(i) + "/organizations/CB-RPY");
            }
            browser.screenshot("reports-member-history-two-years");
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
