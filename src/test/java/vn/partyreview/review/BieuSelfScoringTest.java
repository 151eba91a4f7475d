package vn.partyreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import vn.partyreview.ballot.SecretBallot;
import vn.partyreview.grading.points.PointsSheets;
import vn.partyreview.grading.points.ScoredSheet;
import vn.partyreview.grading.points.SelfScorings;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.identity.IdentityProvisioning;
import vn.partyreview.integrity.CampaignWalker;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.subjects.CampaignSubject;
import vn.partyreview.subjects.CampaignSubjectRepository;
import vn.partyreview.support.SpringAppTest;

/**
 * Issue 13 part 3 under QĐ 132 [ward plan II.1.2]: the ward committee self-scores on Biểu 1 and its residential cell
 * on Biểu 2 in Mẫu 01, through Tasklist's REST call; the guard refuses a point over an item's maximum and an item
 * the Biểu does not have, naming the list; the totals are computed and kept with the self-assessment, the grading
 * stays on ratings, and the deciding body reads the points beside the self-assessed level.
 */
@SpringAppTest
class BieuSelfScoringTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WARD = "DU-BSC";
    private static final String CELL = "CB-BSC";
    private static final String SHEETS = """
            kind,owner,sector,code,label,group,maxPoints
            BIEU_1,DU-BSC,,W1,"Lãnh đạo công tác chính trị, tư tưởng, xây dựng Đảng",COMMON,40
            BIEU_1,DU-BSC,,W2,"Kết quả phát triển kinh tế - xã hội của phường",TASKS,60
            BIEU_2,DU-BSC,,C1,"Duy trì sinh hoạt chi bộ, chất lượng sinh hoạt",COMMON,30
            BIEU_2,DU-BSC,,C2,"Lãnh đạo thực hiện nhiệm vụ ở tổ dân phố",TASKS,50
            BIEU_2,DU-BSC,,C3,"Công tác dân vận, hòa giải ở cơ sở",TASKS,20
            """;

    @Autowired
    SelfScorings scorings;
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
    PointsSheets sheets;
    @Autowired
    CampaignSubjectRepository subjects;

    @Test
    void theWardAndItsResidentialCellScoreOnTheirBieu() throws Exception {
        CampaignWalker ward = new CampaignWalker(engine, rest, "BSC");
        ward.createWard(organizations, bodies, members, provisioning);
        assertThat(sheets.importCsv(new ByteArrayInputStream(SHEETS.getBytes(StandardCharsets.UTF_8))).errors())
                .isEmpty();
        String campaign = ward.start();

        Task cellTask = ward.walkUntil(campaign, task -> selfAssessmentOf(task, CELL), (task, answer) -> { });
        assertThat(variable(cellTask, "scoringSheet")).isEqualTo("Biểu 2 (biểu của DU-BSC)");
        assertThat(variable(cellTask, "pointsItems").toString()).contains("Công tác dân vận, hòa giải ở cơ sở");
        String campaignId = variable(cellTask, ProcessContract.CAMPAIGN_ID).toString();
        theGuardEnforcesTheBieu(ward, cellTask, "C1", 30, "Biểu 2");
        submit(ward, cellTask, Map.of("C1", 25, "C2", 42.5, "C3", 20));
        assertKept(campaignId, CELL, "Biểu 2", "87.5", "100", "Duy trì sinh hoạt chi bộ, chất lượng sinh hoạt");

        boolean wardScored = false;
        boolean cellBriefRead = false;
        while (!wardScored || !cellBriefRead) {
            Task task = ward.walkUntil(campaign, t -> selfAssessmentOf(t, WARD) || ballotOn(t, CELL),
                    (t, answer) -> { });
            assertThat(task).as("the campaign reached the ward's Mẫu 01 and the cell's decision").isNotNull();
            if (selfAssessmentOf(task, WARD)) {
                assertThat(variable(task, "scoringSheet")).isEqualTo("Biểu 1 (biểu của DU-BSC)");
                theGuardEnforcesTheBieu(ward, task, "W2", 60, "Biểu 1");
                submit(ward, task, Map.of("W1", 35, "W2", 50));
                assertKept(campaignId, WARD, "Biểu 1", "85", "100", "Kết quả phát triển kinh tế - xã hội của phường");
                wardScored = true;
            } else {
                assertThat(variable(task, SecretBallot.SUBJECTS).toString())
                        .contains("tự chấm điểm Biểu 2: 87.5/100 điểm");
                assertThat(ward.submit(ward.holderOf(task), task, ward.validAnswer(task)).getStatusCode().value())
                        .isEqualTo(204);
                cellBriefRead = true;
            }
        }
    }

    /** Over the maximum, or an item the Biểu has not: 400 naming the list, the task still open. */
    private void theGuardEnforcesTheBieu(CampaignWalker ward, Task task, String code, int max, String bieu)
            throws Exception {
        Map<String, Object> overMax = ward.validAnswer(task);
        List<Map<String, Object>> items = items(overMax);
        items.replaceAll(item -> item.get("code").equals(code) ? Map.of("code", code, "points", max + 1) : item);
        overMax.put("pointsItems", items);
        assertThat(refusal(ward, task, overMax)).contains(code).contains("từ 0 đến " + max);

        Map<String, Object> unknown = ward.validAnswer(task);
        List<Map<String, Object>> more = items(unknown);
        more.add(Map.of("code", "X9", "points", 1));
        unknown.put("pointsItems", more);
        assertThat(refusal(ward, task, unknown)).contains("Tiêu chí không có trong " + bieu + ": X9");

        Map<String, Object> aTotal = ward.validAnswer(task);
        aTotal.put("sheetTotal", 100);
        assertThat(ward.submit(ward.holderOf(task), task, aTotal).getStatusCode().value())
                .as("a total is the server's to compute").isEqualTo(400);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    private String refusal(CampaignWalker ward, Task task, Map<String, Object> answer) throws Exception {
        ResponseEntity<String> refused = ward.submit(ward.holderOf(task), task, answer);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        JsonNode errors = JSON.readTree(refused.getBody()).path("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("pointsItems");
        return String.join(" ", errors.findValuesAsText("message"));
    }

    private void submit(CampaignWalker ward, Task task, Map<String, Object> points) {
        Map<String, Object> answer = ward.validAnswer(task);
        List<Map<String, Object>> items = new ArrayList<>();
        points.forEach((code, given) -> items.add(Map.of("code", code, "points", given)));
        answer.put("pointsItems", items);
        ResponseEntity<String> done = ward.submit(ward.holderOf(task), task, answer);
        assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
    }

    /** The Biểu as scored is kept with the organisation; the QĐ 132 grading takes no points. */
    private void assertKept(String campaignId, String org, String bieu, String total, String maximum, String label)
            throws Exception {
        CampaignSubject subject = subjects.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId,
                SubjectType.PARTY_ORGANIZATION, org).orElseThrow();
        assertThat(subject.getScoresJson()).isNull();
        ScoredSheet kept = scorings.latest(campaignId, SubjectType.PARTY_ORGANIZATION, org).orElseThrow();
        assertThat(kept.kind().label()).isEqualTo(bieu);
        assertThat(kept.total().toPlainString()).isEqualTo(total);
        assertThat(kept.maximum().toPlainString()).isEqualTo(maximum);
        assertThat(kept.items()).extracting(ScoredSheet.Item::label).contains(label);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> answer) {
        List<Map<String, Object>> items = new ArrayList<>();
        ((List<Map<String, Object>>) answer.get("pointsItems")).forEach(item -> items.add(new HashMap<>(item)));
        return items;
    }

    private boolean selfAssessmentOf(Task task, String org) {
        return task.getTaskDefinitionKey().equals("Task_SelfAssessOrganization")
                && org.equals(variable(task, ProcessContract.ORG_CODE));
    }

    private boolean ballotOn(Task task, String subject) {
        return task.getTaskDefinitionKey().equals(SecretBallot.CAST_TASK)
                && String.valueOf(variable(task, SecretBallot.SUBJECTS)).contains("\"" + subject + "\"")
                && String.valueOf(variable(task, SecretBallot.SUBJECTS)).contains("mức tối đa theo tiêu chuẩn");
    }

    private Object variable(Task task, String name) {
        return engine.getTaskService().getVariable(task.getId(), name);
    }
}
