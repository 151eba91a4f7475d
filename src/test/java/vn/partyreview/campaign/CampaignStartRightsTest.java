package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.partyreview.demo.DemoData;
import vn.partyreview.support.SpringAppTest;

/** A committee opens the campaign of its own organisation; members and other organisations' committees cannot. */
@SpringAppTest
class CampaignStartRightsTest {

    private static final String START = "/engine-rest/process-definition/key/campaign/start";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    DemoData demoData;

    @BeforeEach
    void demoWard() {
        demoData.loadIfAbsent();
    }

    @Test
    void theWardCommitteeOpensTheWardsCampaign() {
        ResponseEntity<String> started = start("hungnv", 2032, "DU-GIANGBIEN");
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aMemberMayNotStartACampaign() {
        assertThat(start("loint", 2033, "DU-GIANGBIEN").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aWardCommitteeMayNotOpenTheDistrictsCampaign() {
        ResponseEntity<String> refused = start("hungnv", 2034, "QU-LONGBIEN");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("Chỉ cấp ủy của QU-LONGBIEN được mở đợt kiểm điểm");
    }

    private ResponseEntity<String> start(String userId, int year, String rootOrgCode) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = "{\"variables\":{\"year\":{\"value\":" + year + ",\"type\":\"Integer\"},"
                + "\"rootOrgCode\":{\"value\":\"" + rootOrgCode + "\",\"type\":\"String\"}}}";
        return rest.withBasicAuth(userId, "demo").postForEntity(START, new HttpEntity<>(body, headers), String.class);
    }
}
