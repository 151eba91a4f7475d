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
import vn.partyreview.grading.SubjectCeiling;
import vn.partyreview.grading.rules.GradingResult;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.Reason;
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
 * xuất sắc nhiệm vụ". The ceilings cite those facts, and the decision session's ballot refuses a level above them.
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
    @Autowired
    SubjectCeiling ceilings;

    /** What the decision session's ballot answered to a level above the ceiling, per member. */
    private final Map<String, String> refusals = new HashMap<>();

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
            if (task.getTaskDefinitionKey().equals("Task_CastBallot")) {
                tryAboveTheCeiling(walker, task, holder, answer);
            }
            ResponseEntity<String> done = walker.submit(holder, task, answer);
            assertThat(done.getStatusCode().value()).as("%s by %s: %s", task.getName(), holder, done.getBody())
                    .isEqualTo(204);
        }

        DecisionSubjects.DecisionSubject secretary = decisionSubjects.find(campaignId, "MEMBER", "RFD02");
        assertThat(CampaignWalker.read(secretary.factsJson()).path("disciplined").asBoolean()).isTrue();
        DecisionSubjects.DecisionSubject civilServant = decisionSubjects.find(campaignId, "MEMBER", "RFD01");
        assertThat(CampaignWalker.read(civilServant.factsJson()).path("civilServantMonthlyLevels"))
                .extracting(JsonNode::asText).contains("HTNV").hasSize(12);

        // the ceilings come from the recorded facts and cite them
        GradingResult secretaryCeiling = ceilings.evaluate(campaignId, "MEMBER", "RFD02").result();
        assertThat(secretaryCeiling.maxLevel()).isEqualTo(Level.KHTNV);
        assertThat(secretaryCeiling.reasons()).extracting(Reason::message)
                .anySatisfy(reason -> assertThat(reason).contains("đảng viên bị thi hành kỷ luật trong năm"));
        GradingResult civilServantCeiling = ceilings.evaluate(campaignId, "MEMBER", "RFD01").result();
        assertThat(civilServantCeiling.maxLevel()).isEqualTo(Level.HTTNV);
        assertThat(civilServantCeiling.reasons()).extracting(Reason::message).anySatisfy(reason -> assertThat(reason)
                .contains("có 1 tháng trong năm xếp loại công chức, viên chức ở mức Hoàn thành nhiệm vụ trở xuống"));
        // the decision session's ballot offered no level above them and refused one sent anyway
        assertThat(refusals).containsOnlyKeys("RFD01", "RFD02");
        assertThat(refusals.values()).allSatisfy(refusal -> assertThat(refusal)
                .contains("không nằm trong danh sách cho phép"));
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
            default -> { }
        }
        return facts;
    }

    /**
     * On a ballot whose row for RFD01 or RFD02 is narrowed to its ceiling (the decision session's, not the cell's),
     * a voter first sends the level just above the ceiling for that row: the ballot must refuse it, naming the row.
     */
    private void tryAboveTheCeiling(CampaignWalker walker, Task task, String holder, Map<String, Object> answer) {
        Map<String, Object> variables = walker.variablesOf(task);
        JsonNode subjects = JsValues.toJson(variables.get("ballotSubjects"));
        for (int row = 1; row <= subjects.size(); row++) {
            JsonNode subject = subjects.get(row - 1);
            String member = subject.path("id").asText();
            List<String> allowed = new ArrayList<>();
            subject.path("allowedLevels").forEach(level -> allowed.add(level.asText()));
            if (!List.of("RFD01", "RFD02").contains(member) || allowed.isEmpty() || allowed.contains("HTXSNV")) {
                continue;
            }
            Map<String, Object> attack = new HashMap<>(answer);
            attack.put("ballotSheet_" + row, Level.values()[Level.valueOf(allowed.get(0)).ordinal() - 1].name());
            ResponseEntity<String> refused = walker.submit(holder, task, attack);
            assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
            refusals.put(member, refused.getBody());
        }
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
