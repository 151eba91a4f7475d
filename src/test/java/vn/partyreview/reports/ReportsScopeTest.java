package vn.partyreview.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.partyreview.campaign.CampaignService;
import vn.partyreview.subjects.CampaignSubject;
import vn.partyreview.subjects.CampaignSubjectRepository;
import vn.partyreview.subjects.SubjectStatus;
import vn.partyreview.demo.DemoData;
import vn.partyreview.grading.DecisionRecord;
import vn.partyreview.grading.GradingDecision;
import vn.partyreview.grading.GradingDecisionRepository;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.support.SpringAppTest;

/**
 * Who sees which page of {@code /reports/} in a district campaign of the demo tree: the district supervisor all of
 * it, the ward supervisor the ward and its cells only, a member her own cell's published results and her history.
 */
@SpringAppTest
class ReportsScopeTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2160);

    @Autowired
    DemoData demoData;
    @Autowired
    CampaignService campaigns;
    @Autowired
    CampaignSubjectRepository subjects;
    @Autowired
    GradingDecisionRepository decisions;
    @Autowired
    TestRestTemplate rest;

    private String id;

    @BeforeEach
    void aDistrictCampaignWithTwoCellsDecided() {
        demoData.loadIfAbsent();
        id = String.valueOf(campaigns.open(YEARS.incrementAndGet(), "QU-LONGBIEN", "QD132-2018").getId());
        member("DV0023", "Nguyễn Thị Lợi", "CB-TDP01", Level.HTTNV);
        member("DV0034", "Nguyễn Văn Thắng", "CB-TDP02", Level.HTXSNV);
    }

    private void member(String code, String name, String cell, Level level) {
        subjects.save(new CampaignSubject(id, SubjectType.MEMBER, code, name, cell, SubjectStatus.SELF_ASSESSED));
        decisions.save(new GradingDecision(new DecisionRecord(id, SubjectType.MEMBER, code, cell + "/MEMBER", level,
                "DU-GIANGBIEN.standing", Instant.parse("2160-12-20T03:00:00Z"), null)));
    }

    @Test
    void theDistrictSupervisorFollowsEveryOrganisationOfTheDistrict() {
        String page = ok("thuynt", "/reports/campaigns/" + id);
        assertThat(page).contains("data-org=\"QU-LONGBIEN\"", "data-org=\"CB-CQQU\"", "data-org=\"DU-GIANGBIEN\"",
                "Chi bộ Tổ dân phố số 2", "Chưa bắt đầu", "1/1");
        assertThat(ok("thuynt", "/reports/")).contains("Đảng bộ quận Long Biên", "/reports/campaigns/" + id);
    }

    @Test
    void aWardSupervisorSeesTheWardAndItsCellsButNothingAboveOrBesideIt() {
        String page = ok("ngocbt", "/reports/campaigns/" + id);
        assertThat(page).contains("data-org=\"DU-GIANGBIEN\"", "data-org=\"CB-TDP01\"", "data-org=\"CB-TDP02\"")
                .doesNotContain("data-org=\"QU-LONGBIEN\"", "data-org=\"CB-CQQU\"", "Chi bộ Cơ quan Quận ủy");
        assertThat(ok("ngocbt", "/reports/campaigns/" + id + "?q=tổ dân phố số 2"))
                .contains("data-org=\"CB-TDP02\"").doesNotContain("data-org=\"CB-TDP01\"");
        assertThat(ok("ngocbt", "/reports/campaigns/" + id + "/organizations/CB-TDP02"))
                .contains("Nguyễn Văn Thắng", "Hoàn thành xuất sắc nhiệm vụ", "20/12/2160");
        assertThat(ok("ngocbt", "/reports/history/MEMBER/DV0034")).contains("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(ok("ngocbt", "/reports/campaigns/" + id + "/levels")).contains("Đảng viên", "chart-member")
                .doesNotContain("Chi bộ Cơ quan Quận ủy");

        assertThat(get("ngocbt", "/reports/campaigns/" + id + "/organizations/CB-CQQU").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("ngocbt", "/reports/campaigns/" + id + "/organizations/QU-LONGBIEN").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aMemberReadsHerCellsPublishedResultsAndHerHistoryOnly() {
        String published = ok("loint", "/reports/campaigns/" + id + "/organizations/CB-TDP01");
        assertThat(published).contains("Kết quả công khai", "Nguyễn Thị Lợi", "Hoàn thành tốt nhiệm vụ")
                .doesNotContain("Nguyễn Văn Thắng");
        assertThat(ok("loint", "/reports/history/MEMBER/DV0023")).contains("Hoàn thành tốt nhiệm vụ");
        assertThat(ok("loint", "/reports/")).contains("Kết quả công khai của chi bộ đồng chí")
                .doesNotContain("Đợt kiểm điểm đồng chí theo dõi");

        for (String refused : new String[] {"/reports/campaigns/" + id, "/reports/campaigns/" + id + "/levels",
                "/reports/campaigns/" + id + "/positions", "/reports/campaigns/" + id + "/organizations/CB-TDP02",
                "/reports/campaigns/" + id + "/organizations/DU-GIANGBIEN", "/reports/history/MEMBER/DV0034"}) {
            ResponseEntity<String> answer = get("loint", refused);
            assertThat(answer.getStatusCode()).as(refused).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(answer.getBody()).as(refused).contains("không có quyền").doesNotContain("Nguyễn Văn Thắng");
        }
    }

    /** The two residential cells' secretaries side by side, each with her cell and level; the district's cell not. */
    @Test
    void theWardSupervisorComparesTheSecretariesOfItsResidentialCells() {
        member("DV0020", "Nguyễn Văn Bình", "CB-TDP01", Level.HTTNV);
        member("DV0030", "Nguyễn Mạnh Cường", "CB-TDP02", Level.HTXSNV);
        String page = ok("ngocbt", "/reports/campaigns/" + id + "/positions?position=SECRETARY@CELL.RESIDENTIAL");
        String holders = page.substring(page.indexOf("id=\"holders\""));
        assertThat(holders).contains("Nguyễn Văn Bình", "Chi bộ Tổ dân phố số 1", "Hoàn thành tốt nhiệm vụ",
                "Nguyễn Mạnh Cường", "Chi bộ Tổ dân phố số 2", "Hoàn thành xuất sắc nhiệm vụ",
                "/reports/history/MEMBER/DV0020").doesNotContain("Nguyễn Thị Lợi");
        assertThat(page).contains("So sánh các vị trí tương đương", "Bí thư");
    }

    @Test
    void badAddressesAndAnonymousCallersAreRefused() {
        ResponseEntity<String> bad = get("thuynt", "/reports/campaigns/abc");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("Mã đợt kiểm điểm", "(id)");
        assertThat(get("thuynt", "/reports/history/NOBODY/DV0023").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("thuynt", "/reports/campaigns/999999999").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/reports/campaigns/" + id, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/reports/", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theChartLibraryIsServedFromItsWebJar() {
        ResponseEntity<String> script = rest.getForEntity("/webjars/chart.js/dist/chart.umd.min.js", String.class);
        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(script.getBody()).contains("Chart");
    }

    private String ok(String userId, String path) {
        ResponseEntity<String> answer = get(userId, path);
        assertThat(answer.getStatusCode()).as(path + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private ResponseEntity<String> get(String userId, String path) {
        return rest.withBasicAuth(userId, "demo").getForEntity(path, String.class);
    }
}
