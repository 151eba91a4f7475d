package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.partyreview.ballot.SecretBallot;
import vn.partyreview.decision.DecisionSessionProcess;
import vn.partyreview.demo.DemoData;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.results.CampaignResults;
import vn.partyreview.results.SubjectResult;
import vn.partyreview.review.PartyMemberProcess;
import vn.partyreview.review.ReviewRecords;
import vn.partyreview.review.RuleSetFormVariables;
import vn.partyreview.review.ScheduleRegistrationProcess;
import vn.partyreview.support.CampaignInstances;
import vn.partyreview.support.ResultsContract;
import vn.partyreview.support.SpringAppTest;
import vn.partyreview.support.TaskHolders;

/**
 * Issue 13: the demo ward's campaign under QĐ 366-QĐ/TW (rule set {@code QD366-2025}, the default from 2025), every
 * task completed by a user who holds it. Members write Mẫu 2A, 2B or 2C as their records say and score themselves
 * on 100 points; collectives and organisations score Mẫu 01 part B; the ceilings on every ballot sheet come from the
 * points and the knock-outs (a member concluded degraded by the inspection committee, a leader whose units finished
 * under 70 %); the district's standing committee marks the ward outstanding, so its members' quota is 25 %.
 * The year is 2027: the demo ward's 2026 campaign runs under QĐ 132 in {@link DemoWardCampaignTest}, one campaign
 * per organisation and year.
 */
@SpringAppTest
class Qd366DemoWardCampaignTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int YEAR = 2027;
    /** Scores herself 20 + 25 points: under 50, KHTNV. */
    private static final String LOW_SCORER = "DV0023";
    /** Concluded degraded by the inspection committee: a knock-out. */
    private static final String DEGRADED = "DV0034";
    /** Chủ tịch UBND: the units he leads finished 65 % of their tasks, a knock-out of the leader. */
    private static final String LEADER_UNITS_UNDER_70 = "DV0012";
    /** The MTTQ's standing board scores itself 20 + 40 points: HTNV. */
    private static final String MIDDLING_COLLECTIVE = "BTT-MTTQ-GIANGBIEN";

    @Autowired
    DemoData demoData;
    @Autowired
    CampaignResults results;
    @Autowired
    CampaignService campaignService;
    @Autowired
    ReviewRecords reviewRecords;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TestRestTemplate rest;
    private TaskHolders holders;

    @Test
    void theDemoWardRunsACampaignUnderQd366WithPointsKnockOutsAndTheOutstandingQuota() throws Exception {
        demoData.loadIfAbsent();
        // an unknown rule set: 400 naming the field, nothing started
        ResponseEntity<String> refused = start(Map.of("year", YEAR, "rootOrgCode", "DU-GIANGBIEN",
                "ruleSet", "QD999-2030"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(refused.getBody()).path("errors").findValuesAsText("field")).containsExactly("ruleSet");
        // the ward secretary leaves the rule set blank: QĐ 366 from 2025, with HD 43's deadlines
        ResponseEntity<String> started = start(Map.of("year", YEAR, "rootOrgCode", "DU-GIANGBIEN"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        String campaign = JSON.readTree(started.getBody()).path("id").asText();
        String campaignId = (String) historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(campaign).variableName("campaignId").singleResult().getValue();
        assertThat(campaignService.ruleSet(campaignId)).isEqualTo("QD366-2025");
        assertThat(campaignService.deadlines(campaignId).getDecisionDeadline()).isEqualTo(LocalDate.of(YEAR, 12, 30));

        // the ward's own committee may not mark it outstanding; the district's standing committee, which decides it, may
        assertThat(markOutstanding("hungnv", campaignId).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> noReason = put("hoangtq", campaignId, Map.of("outstanding", true));
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(noReason.getBody()).path("errors").findValuesAsText("field")).containsExactly("reasons");
        assertThat(markOutstanding("hoangtq", campaignId).getStatusCode().value()).isEqualTo(204);

        int completed = driveToTheEnd(campaign);

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(campaign).singleResult()
                .getEndActivityId()).isEqualTo("EndEvent_CampaignClosed");
        List<SubjectResult> subjects = results.of(Long.parseLong(campaignId)).orElseThrow();
        assertThat(subjects).hasSize(1 + 7 + 43 + 10 + 14);
        assertThat(subjects).extracting(SubjectResult::ruleSet).containsOnly("QD366-2025");
        // every graded subject carries its points, and its ceiling is what QĐ 366 answers for them
        assertThat(subjects).filteredOn(s -> s.level() != null).allSatisfy(s -> {
            assertThat(s.scores()).as("points of " + s.subjectCode()).isNotNull();
            assertThat(s.score()).as("total of " + s.subjectCode()).isNotNull();
            assertThat(s.decidedBy()).isEqualTo(s.decision().decidingGroup());
            assertThat(s.decision().confirmedBy()).isNotBlank();
        });
        SubjectResult low = only(subjects, SubjectType.MEMBER, LOW_SCORER);
        assertThat(low.score()).isEqualByComparingTo("45");
        assertThat(low.ceilingLevel()).isEqualTo(Level.KHTNV);
        assertThat(low.ceilingReasons()).extracting(r -> r.rule()).contains("D11-khtnv-points-below-htnv");
        assertThat(low.level()).isEqualTo(Level.KHTNV);
        // the recording step judges the items on the sheet again: one over its maximum is never recorded
        assertThat(low.scores().path("common").decimalValue()).isEqualByComparingTo("20");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reviewRecords.recordMemberReview(campaignId,
                        LOW_SCORER, true, LocalDate.of(YEAR, 12, 1),
                        name -> name.equals("pointsItems") ? "[{\"code\": \"C1\", \"points\": 99}]" : null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C1");
        assertThat(only(results.of(Long.parseLong(campaignId)).orElseThrow(), SubjectType.MEMBER, LOW_SCORER).score())
                .isEqualByComparingTo("45");
        SubjectResult degraded = only(subjects, SubjectType.MEMBER, DEGRADED);
        assertThat(degraded.score()).isEqualByComparingTo("92");
        assertThat(degraded.ceilingReasons()).extracting(r -> r.rule()).contains("D11-khtnv-degradation");
        assertThat(degraded.level()).isEqualTo(Level.KHTNV);
        SubjectResult leader = only(subjects, SubjectType.LEADER, LEADER_UNITS_UNDER_70);
        assertThat(leader.ceilingReasons()).extracting(r -> r.rule()).contains("D11-khtnv-unit-tasks");
        // a shortfall of results is waivable on force majeure only (Đ11), which nobody recorded for his units
        assertThat(leader.waivable()).doesNotContain("D11-khtnv-unit-tasks");
        assertThat(leader.level()).isEqualTo(Level.KHTNV);
        assertThat(only(subjects, SubjectType.LEADERSHIP_COLLECTIVE, MIDDLING_COLLECTIVE))
                .satisfies(s -> assertThat(s.ceilingLevel()).isEqualTo(Level.HTNV))
                .satisfies(s -> assertThat(s.level()).isEqualTo(Level.HTNV));
        // organisations score 86 on Mẫu 01 part B: HTTNV
        assertThat(subjects).filteredOn(s -> s.subjectType() == SubjectType.PARTY_ORGANIZATION).hasSize(8)
                .allSatisfy(s -> assertThat(s.ceilingLevel()).as(s.subjectCode()).isEqualTo(Level.HTTNV))
                .allSatisfy(s -> assertThat(s.level()).as(s.subjectCode()).isEqualTo(Level.HTTNV));

        // the members' group: 39 at HTTNV or better, 25 % of them (9) HTXSNV since the ward is outstanding, not 20 % (7)
        List<SubjectResult> members = subjects.stream()
                .filter(s -> s.subjectType() == SubjectType.MEMBER && s.level() != null).toList();
        assertThat(members).hasSize(41).allSatisfy(s -> assertThat(s.quotaOutstanding()).isTrue());
        assertThat(members).filteredOn(s -> s.level() == Level.HTXSNV).hasSize(9);
        assertThat(members).filteredOn(s -> s.level() == Level.HTTNV).hasSize(30);
        // the collectives and the leaders keep 20 %: one HTXSNV each among their HTTNV-or-better
        assertThat(subjects).filteredOn(s -> s.subjectType() == SubjectType.LEADERSHIP_COLLECTIVE
                && s.level() == Level.HTXSNV).hasSize(1);
        assertThat(subjects).filteredOn(s -> s.subjectType() == SubjectType.LEADER && s.level() == Level.HTXSNV)
                .hasSize(1);
        assertThat(completed).isGreaterThan(300);
        ResultsContract.over(rest.withBasicAuth("admin", "test-admin-Secret-1")).check(campaignId);
    }

    private static SubjectResult only(List<SubjectResult> subjects, SubjectType type, String code) {
        return subjects.stream().filter(s -> s.subjectType() == type && s.subjectCode().equals(code)).findFirst()
                .orElseThrow();
    }

    private ResponseEntity<String> start(Map<String, Object> values) throws Exception {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return rest.withBasicAuth("hungnv", "demo").exchange(
                "/engine-rest/process-definition/key/campaign/submit-form", HttpMethod.POST,
                jsonBody(Map.of("variables", variables)), String.class);
    }

    private ResponseEntity<String> markOutstanding(String user, String campaignId) throws Exception {
        return put(user, campaignId, Map.of("outstanding", true,
                "reasons", "Đảng bộ tiêu biểu: hoàn thành vượt mức các chỉ tiêu nhiệm kỳ"));
    }

    private ResponseEntity<String> put(String user, String campaignId, Map<String, Object> body) throws Exception {
        return rest.withBasicAuth(user, "demo").exchange("/api/campaigns/" + campaignId
                + "/organizations/DU-GIANGBIEN/outstanding", HttpMethod.PUT, jsonBody(body), String.class);
    }

    private static HttpEntity<String> jsonBody(Object body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(JSON.writeValueAsString(body), headers);
    }

    /** Completes tasks and runs the jobs due until the campaign ends; returns the number of tasks completed. */
    private int driveToTheEnd(String campaign) throws Exception {
        holders = new TaskHolders(identityService, taskService, managementService);
        int completed = 0;
        boolean guardTried = false;
        for (int step = 0; step < 5_000; step++) {
            List<String> instances = CampaignInstances.unfinished(historyService, campaign);
            if (instances.isEmpty()) {
                return completed;
            }
            List<Task> tasks = taskService.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
                    .orderByTaskCreateTime().asc().listPage(0, 1);
            if (!tasks.isEmpty()) {
                if (!guardTried && tasks.get(0).getTaskDefinitionKey().equals("Task_WriteSelfReview")) {
                    theGuardEnforcesTheSheet(tasks.get(0));
                    guardTried = true;
                }
                holders.complete(tasks.get(0), answerTo(tasks.get(0)));
                completed++;
            } else if (!holders.runAJob(instances)) {
                fail("The campaign is stuck: no task and no job in " + instances);
            }
        }
        return fail("The campaign did not end within 5000 steps");
    }

    /**
     * Through Tasklist's REST call: a total sent beside the items (the server computes the totals) and a QĐ 132
     * rating are refused naming the fields; an item over its maximum on the member's sheet, or an item left out, is
     * refused naming the list; the task stays open.
     */
    private void theGuardEnforcesTheSheet(Task task) throws Exception {
        Map<String, Object> answer = new HashMap<>(mau02(task));
        answer.put("commonPoints", 30);
        answer.put("politicsEthicsRating", "TOT");
        assertRefused(task, answer, "commonPoints", "politicsEthicsRating");

        JsonNode items = JSON.readTree(variable(task, "pointsItems").toString());
        List<Map<String, Object>> overMax = new java.util.ArrayList<>(scored(items, 28, 64));
        JsonNode first = items.get(0);
        overMax.set(0, Map.of("code", first.path("code").asText(), "points", first.path("max").asInt() + 1));
        answer = new HashMap<>(mau02(task));
        answer.put("pointsItems", overMax);
        String message = assertRefused(task, answer, "pointsItems");
        assertThat(message).contains(first.path("code").asText()).contains("từ 0 đến " + first.path("max").asText());

        answer.put("pointsItems", scored(items, 28, 64).subList(1, items.size()));
        assertThat(assertRefused(task, answer, "pointsItems")).contains("chưa chấm điểm");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    private String assertRefused(Task task, Map<String, Object> answer, String... fields) throws Exception {
        Map<String, Object> variables = new HashMap<>();
        for (Map.Entry<String, Object> entry : answer.entrySet()) {
            Object value = entry.getValue();
            variables.put(entry.getKey(), value instanceof List<?> list
                    ? Map.of("value", JSON.writeValueAsString(list), "type", "Json")
                    : value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed
                    ? Map.of("value", typed.getValue().toString(), "type", "Json") : Map.of("value", value));
        }
        ResponseEntity<String> refused = rest.withBasicAuth(holders.holderOf(task), "demo").exchange(
                "/engine-rest/task/" + task.getId() + "/submit-form", HttpMethod.POST,
                jsonBody(Map.of("variables", variables)), String.class);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        JsonNode errors = JSON.readTree(refused.getBody()).path("errors");
        assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder(fields);
        return String.join(" ", errors.findValuesAsText("message"));
    }

    /**
     * Points per item of the subject's sheet as the form shows them, adding up to the totals wanted: each item in
     * turn up to its maximum.
     */
    static List<Map<String, Object>> scored(JsonNode items, int common, int tasks) {
        int[] left = {common, tasks};
        List<Map<String, Object>> answer = new java.util.ArrayList<>();
        for (JsonNode item : items) {
            int group = item.path("group").asText().contains("chung") ? 0 : 1;
            int points = Math.min(item.path("max").asInt(), left[group]);
            left[group] -= points;
            answer.add(Map.of("code", item.path("code").asText(), "points", points));
        }
        assertThat(left).as("the sheet holds the totals wanted").containsExactly(0, 0);
        return answer;
    }

    /** The items as Tasklist submits a dynamic list: a Json variable. */
    private Object items(Task task, int common, int tasks) {
        try {
            JsonNode items = JSON.readTree(variable(task, "pointsItems").toString());
            assertThat(items).as("the items of the subject's sheet").isNotEmpty();
            return org.camunda.spin.plugin.variable.SpinValues.jsonValue(
                    JSON.writeValueAsString(scored(items, common, tasks))).create();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> answerTo(Task task) throws Exception {
        String key = task.getTaskDefinitionKey();
        return switch (key) {
            case "Task_DraftCollectiveReport", "Task_SelfAssessOrganization", "Task_SelfAssessCollective" ->
                    mau01(task);
            case "Task_WriteSelfReview", "Task_SelfAssess", "Task_WriteLeaderSelfReview", "Task_LeaderSelfAssess" ->
                    mau02(task);
            case "Task_RecordInspectionConclusions" -> "CB-TDP02".equals(variable(task, "orgCode"))
                    ? Map.of("cellDisciplined", "KHONG", "degradedMembers", "[\"" + DEGRADED + "\"]")
                    : TaskAnswers.NO_INSPECTION_CONCLUSIONS;
            case SecretBallot.CAST_TASK -> Map.of(SecretBallot.SHEET, sheetVoting(task));
            case "Task_ConfirmDecisions" -> chairConfirms(task);
            default -> TaskAnswers.demoWard(taskService, task, YEAR);
        };
    }

    /** Mẫu 2A, 2B or 2C as the form shows it to this member: 28 + 64 points with every condition of HTXSNV. */
    private Map<String, Object> mau02(Task task) {
        assertThat(variable(task, RuleSetFormVariables.POINTS_BASED)).isEqualTo(true);
        Object template = variable(task, RuleSetFormVariables.SELF_REVIEW_TEMPLATE);
        // a member, or a leader reviewed at his level
        String member = (String) (variable(task, "memberCode") != null ? variable(task, "memberCode")
                : variable(task, "leaderCode"));
        Map<String, Object> answer = new HashMap<>(Map.of("politicsEthicsReport", "Giữ vững lập trường",
                "dutiesReport", "Hoàn thành các nhiệm vụ được giao", "selfImprovementReport", "Thường xuyên học tập",
                "limitations", "Còn chậm đổi mới", "causes", "Khối lượng công việc lớn",
                "remedies", "Đã khắc phục", "direction", "Tiếp tục rèn luyện", "proposedMemberLevel", "HTXSNV"));
        answer.putAll(tasksFacts());
        answer.put("pointsItems", items(task, LOW_SCORER.equals(member) ? 20 : 28, LOW_SCORER.equals(member) ? 25 : 64));
        switch (String.valueOf(template)) {
            case "2A" -> {
                answer.put("unitTasksCompletedPercent", LEADER_UNITS_UNDER_70.equals(member) ? 65 : 100);
                answer.put("unitTasksOnTimePercent", LEADER_UNITS_UNDER_70.equals(member) ? 60 : 100);
                answer.put("unitTasksExceededPercent", 35);
            }
            case "2B" -> {
                answer.put("workSector", "STATE_ADMINISTRATION");
                answer.put("taskEvidence", "Các nhiệm vụ được giao trong năm và minh chứng kết quả");
            }
            case "2C" -> answer.put("outsideSystemStatus", "RETIRED");
            default -> fail("No Mẫu 2A/2B/2C for " + member + ": " + template);
        }
        if (Boolean.TRUE.equals(variable(task, PartyMemberProcess.CIVIL_SERVANT))) {
            answer.put("proposedCivilServantLevel", "HTTNV");
        }
        return answer;
    }

    /** Mẫu 01 with its part B: 27 + 63 points for collectives (HTXSNV's), 26 + 60 for organisations (HTTNV). */
    private Map<String, Object> mau01(Task task) {
        assertThat(variable(task, RuleSetFormVariables.POINTS_BASED)).isEqualTo(true);
        Object collective = variable(task, "collectiveCode");
        boolean organization = collective == null;
        boolean middling = MIDDLING_COLLECTIVE.equals(collective);
        Map<String, Object> answer = new HashMap<>(Map.of("proposedLevel", "HTTNV",
                "unitTasksCompletedPercent", 100, "unitFiveTargetsMissed", "KHONG",
                "subordinateOrMemberDisciplined", "KHONG"));
        answer.putAll(tasksFacts());
        // the ward's organisation and collectives score on the sheet their district configured, not the default
        assertThat(variable(task, "pointsItems").toString()).contains("Giải quyết đơn thư");
        answer.put("pointsItems", items(task, organization ? 26 : middling ? 20 : 27, organization ? 60 : middling ? 40 : 63));
        return answer;
    }

    private static Map<String, Object> tasksFacts() {
        return Map.of("tasksCompletedPercent", 100, "tasksOnTimePercent", 100, "tasksExceededPercent", 35,
                "tasksBehindSchedulePercent", 0, "previousShortcomingsFixedPercent", 100);
    }

    /** Every voter votes HTXSNV where the sheet allows it, else the highest level allowed (the ceiling). */
    @SuppressWarnings("unchecked")
    private String sheetVoting(Task task) throws Exception {
        List<Map<String, Object>> sheet = JSON.readValue(variable(task, SecretBallot.SUBJECTS).toString(),
                List.class);
        sheet.forEach(row -> {
            List<String> allowed = (List<String>) row.getOrDefault("allowedLevels", List.of());
            row.put("level", allowed.isEmpty() || allowed.contains("HTXSNV") ? "HTXSNV" : allowed.get(0));
        });
        return JSON.writeValueAsString(sheet);
    }

    /** Equal votes at the quota's edge: the chair keeps as many as the quota allows, in the list's order, and says why. */
    private Map<String, Object> chairConfirms(Task task) throws Exception {
        Object tied = variable(task, DecisionSessionProcess.TIED_CHOICES);
        if (tied == null || JSON.readTree(tied.toString()).isEmpty()) {
            return Map.of();
        }
        int slots = ((Number) variable(task, DecisionSessionProcess.TIED_SLOTS)).intValue();
        List<String> keep = JSON.readTree(tied.toString()).findValuesAsText("value").subList(0, slots);
        return Map.of(DecisionSessionProcess.TIE_KEEP, JSON.writeValueAsString(keep),
                DecisionSessionProcess.TIE_REASON, "Chủ trì chọn theo thành tích nổi trội trong năm");
    }

    private Object variable(Task task, String name) {
        return taskService.getVariable(task.getId(), name);
    }
}
