package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.partyreview.demo.DemoData;
import vn.partyreview.grading.rules.SubjectType;
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

    private long campaignId;

    @BeforeEach
    void aWardCampaign() {
        demoData.loadIfAbsent();
        campaignId = campaigns.open(YEARS.incrementAndGet(), "DU-GIANGBIEN").getId();
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
