package vn.partyreview.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.partyreview.grading.DecisionSubjects;
import vn.partyreview.identity.IdentityProvisioning;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.support.SpringAppTest;

/**
 * SPEC §5.2, §11 "Facts": facts recorded by the roles that know them, through the REST API as Tasklist posts, bound
 * the decision. The inspection committee records a warning given this year to the cell secretary: he cannot be
 * decided above "Không hoàn thành nhiệm vụ". The agency head rates the ward secretary, a civil servant, excellent for
 * the year with one month "Hoàn thành nhiệm vụ": with every criterion excellent he still cannot get "Hoàn thành
 * xuất sắc nhiệm vụ", and the decision refuses it with the reason.
 */
@SpringAppTest
class RecordedFactsDecisionTest {

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
    DecisionSubjects decisionSubjects;

    private final Map<String, Integer> decisionsSeen = new HashMap<>();
    private final Map<String, List<String>> refusals = new HashMap<>();

    @Test
    void aMemberDisciplinedThisYearAndACivilServantWithOneMonthRatedHtnvAreHeldToTheirCeilings() {
        CampaignWalker walker = new CampaignWalker(engine, rest, "RFD");
        walker.createWard(organizations, bodies, members, provisioning);
        String campaign = walker.start();
        String campaignId = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(campaign).variableName("campaignId").singleResult().getValue();

        for (Task task = walker.nextTask(campaign); task != null; task = walker.nextTask(campaign)) {
            String holder = walker.holderOf(task);
            Map<String, Object> answer = walker.validAnswer(task);
            answer.putAll(recordedFacts(walker, task));
            ResponseEntity<String> done = walker.submit(holder, task, answer);
            assertThat(done.getStatusCode().value()).as("%s by %s: %s", task.getName(), holder, done.getBody())
                    .isEqualTo(204);
        }

        DecisionSubjects.DecisionSubject secretary = decisionSubjects.find(campaignId, "MEMBER", "RFD02");
        assertThat(CampaignWalker.read(secretary.factsJson()).path("disciplined").asBoolean()).isTrue();
        DecisionSubjects.DecisionSubject civilServant = decisionSubjects.find(campaignId, "MEMBER", "RFD01");
        assertThat(CampaignWalker.read(civilServant.factsJson()).path("civilServantMonthlyLevels"))
                .extracting(JsonNode::asText).contains("HTNV").hasSize(12);

        // refused as above the ceiling, shown again with the ceiling's reasons
        assertThat(refusals.get("RFD02")).anySatisfy(reason -> assertThat(reason)
                .contains("cao hơn mức tối đa theo tiêu chuẩn xếp loại (\"Không hoàn thành nhiệm vụ\")"));
        assertThat(refusals.get("RFD02")).anySatisfy(reason -> assertThat(reason)
                .contains("đảng viên bị thi hành kỷ luật trong năm"));
        assertThat(refusals.get("RFD01")).anySatisfy(reason -> assertThat(reason)
                .contains("cao hơn mức tối đa theo tiêu chuẩn xếp loại (\"Hoàn thành tốt nhiệm vụ\")"));
        assertThat(refusals.get("RFD01")).anySatisfy(reason -> assertThat(reason)
                .contains("có 1 tháng trong năm xếp loại công chức, viên chức ở mức Hoàn thành nhiệm vụ trở xuống"));
        JsonNode results = CampaignWalker.read(rest.withBasicAuth("admin", "test-admin-Secret-1")
                .getForEntity("/api/campaigns/" + campaignId + "/results", String.class).getBody());
        assertThat(level(results, "RFD02")).isEqualTo("KHTNV");
        assertThat(level(results, "RFD01")).isEqualTo("HTTNV");
    }

    /** What the roles that know the facts enter, and a decision first tried one level too high. */
    private Map<String, Object> recordedFacts(CampaignWalker walker, Task task) {
        Map<String, Object> variables = walker.variablesOf(task);
        Map<String, Object> facts = new HashMap<>();
        switch (task.getTaskDefinitionKey()) {
            case "Task_WriteSelfReview", "Task_SelfAssess" -> {
                if ("RFD01".equals(variables.get("memberCode"))) {
                    facts.putAll(Map.of("politicsEthicsRating", "XUAT_SAC", "dutiesRating", "XUAT_SAC",
                            "selfImprovementRating", "XUAT_SAC", "remedyRating", "XUAT_SAC"));
                }
            }
            case "Task_RateCivilServant" -> {
                facts.put("civilServantLevel", "HTXSNV");
                for (int month = 1; month <= 12; month++) {
                    facts.put("civilServantMonth%02d".formatted(month), month == 3 ? "HTNV" : "HTXSNV");
                }
            }
            case "Task_RecordInspectionConclusions" -> facts.putAll(Map.of("discipline1Member", "RFD02",
                    "discipline1Level", "CANH_CAO", "discipline1Date", LocalDate.now().getYear() + "-03-15",
                    "discipline1Organization", "Chi bộ Tổ dân phố RFD"));
            case "Task_DecideLevel" -> {
                String subject = variables.get("subjectType") + ":" + variables.get("subjectId");
                int seen = decisionsSeen.merge(subject, 1, Integer::sum);
                String member = "MEMBER".equals(variables.get("subjectType")) ? (String) variables.get("subjectId") : "";
                if (member.equals("RFD02") || member.equals("RFD01")) {
                    if (seen == 1) {
                        facts.put("decidedLevel", member.equals("RFD02") ? "HTNV" : "HTXSNV");
                    } else {
                        List<String> shown = new ArrayList<>(textsOf(variables.get("decisionRejectedReasons")));
                        shown.add(String.valueOf(variables.get("ceilingReasons")));
                        refusals.put(member, shown);
                    }
                }
            }
            default -> { }
        }
        return facts;
    }

    private static List<String> textsOf(Object reasons) {
        if (reasons instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        List<String> texts = new ArrayList<>();
        CampaignWalker.read(String.valueOf(reasons)).forEach(reason -> texts.add(reason.asText()));
        return texts;
    }

    private static String level(JsonNode results, String memberCode) {
        for (JsonNode row : results) {
            if ("MEMBER".equals(row.path("subjectType").asText()) && memberCode.equals(row.path("subjectCode").asText())) {
                return row.path("level").asText();
            }
        }
        return null;
    }
}
