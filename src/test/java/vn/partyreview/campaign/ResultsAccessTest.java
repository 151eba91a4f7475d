package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.partyreview.demo.DemoData;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.notifications.ResultNotification;
import vn.partyreview.notifications.ResultNotificationRepository;
import vn.partyreview.support.SpringAppTest;

/**
 * A campaign's results are for the leading bodies of its organisation and those above it; everyone reads the
 * results told to them as a subject or, through their groups, as a manager.
 */
@SpringAppTest
class ResultsAccessTest {

    @Autowired
    DemoData demoData;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ResultNotificationRepository notifications;
    @Autowired
    TestRestTemplate rest;

    /** Each test its own campaign: one per organisation and year. */
    private static final AtomicInteger YEARS = new AtomicInteger(2100);

    private static final ObjectMapper JSON = new ObjectMapper();

    private int year;
    private long campaignId;

    @BeforeEach
    void aWardCampaign() {
        demoData.loadIfAbsent();
        year = YEARS.incrementAndGet();
        campaignId = campaigns.open(year, "DU-GIANGBIEN", "QD132-2018").getId();
    }

    @Test
    void theWardAndDistrictLeadersReadTheResultsAndMembersDoNot() {
        assertThat(results("hungnv").getStatusCode()).isEqualTo(HttpStatus.OK);     // ward committee
        assertThat(results("ngocbt").getStatusCode()).isEqualTo(HttpStatus.OK);     // ward office, supervisor
        assertThat(results("thuynt").getStatusCode()).isEqualTo(HttpStatus.OK);     // district supervisor
        assertThat(results("loint").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);   // a member
        assertThat(results("cuongnm").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN); // a cell's secretary
    }

    @Test
    void aCampaignIsListedForItsReadersOnlyWithItsDeadlines() throws Exception {
        JsonNode listed = JSON.readTree(get("hungnv", "/api/campaigns").getBody());
        JsonNode campaign = StreamSupport.stream(listed.spliterator(), false)
                .filter(entry -> entry.path("id").asLong() == campaignId).findFirst().orElseThrow();
        assertThat(campaign.path("year").asInt()).isEqualTo(year);
        assertThat(campaign.path("rootOrgCode").asText()).isEqualTo("DU-GIANGBIEN");
        assertThat(campaign.path("rootOrgName").asText()).isEqualTo("Đảng bộ phường Giang Biên");
        assertThat(campaign.path("ruleSet").asText()).isEqualTo("QD132-2018");
        assertThat(campaign.path("status").asText()).isEqualTo("RUNNING");
        assertThat(campaign.path("deadlines").path("dossier").asText()).isEqualTo(year + "-12-23");
        assertThat(campaign.path("deadlines").path("decision").asText()).isEqualTo(year + "-12-25");

        assertThat(JSON.readTree(get("loint", "/api/campaigns").getBody()).findValues("id"))
                .extracting(JsonNode::asLong).doesNotContain(campaignId);
    }

    @Test
    void aBadOrUnknownCampaignIdIsRefused() throws Exception {
        ResponseEntity<String> bad = get("hungnv", "/api/campaigns/abc/results");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = JSON.readTree(bad.getBody()).path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("id");
        assertThat(error.path("message").asText()).contains("Mã đợt kiểm điểm");

        ResponseEntity<String> unknown = get("hungnv", "/api/campaigns/" + Long.MAX_VALUE + "/results");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(JSON.readTree(unknown.getBody()).path("error").asText()).contains("Không tìm thấy");
        assertThat(get("loint", "/api/campaigns/" + campaignId + "/results").getBody())
                .contains("không có quyền");
    }

    @Test
    void everyoneReadsTheResultsToldToThem() {
        String id = String.valueOf(campaignId);
        notifications.save(new ResultNotification(id, SubjectType.MEMBER, "DV0023", "loint",
                "Đồng chí Nguyễn Thị Lợi được xếp loại Hoàn thành tốt nhiệm vụ", Instant.now()));
        notifications.save(new ResultNotification(id, SubjectType.MEMBER, "DV0023", "CB-TDP01.committee",
                "Đảng viên Nguyễn Thị Lợi được xếp loại Hoàn thành tốt nhiệm vụ", Instant.now()));

        assertThat(mine("loint")).contains("Đồng chí Nguyễn Thị Lợi").doesNotContain("Đảng viên Nguyễn Thị Lợi");
        assertThat(mine("binhnv")).contains("Đảng viên Nguyễn Thị Lợi").doesNotContain("Đồng chí Nguyễn Thị Lợi");
        assertThat(mine("thangnv")).doesNotContain("Nguyễn Thị Lợi");
    }

    private ResponseEntity<String> get(String userId, String path) {
        return rest.withBasicAuth(userId, "demo").getForEntity(path, String.class);
    }

    private ResponseEntity<String> results(String userId) {
        return rest.withBasicAuth(userId, "demo").getForEntity("/api/campaigns/" + campaignId + "/results",
                String.class);
    }

    private String mine(String userId) {
        ResponseEntity<String> answer = rest.withBasicAuth(userId, "demo").getForEntity("/api/notifications",
                String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }
}
