package vn.partyreview.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.partyreview.identity.IdentityProvisioning;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.support.SpringAppTest;

/**
 * The findings of issue 8, replayed through {@code POST /engine-rest/task/{id}/submit-form} as Tasklist calls it:
 * each is refused with the field named, the task stays open, no variable is written, no task is reassigned.
 */
@SpringAppTest
class IssueEightFindingsTest {

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

    @Test
    void noSubmissionBendsTheCampaign() {
        CampaignWalker walker = new CampaignWalker(engine, rest, "IEF");
        walker.createWard(organizations, bodies, members, provisioning);
        String campaign = walker.start();
        boolean selfReview = false;
        boolean selfAssessment = false;
        boolean decision = false;
        for (Task task = walker.nextTask(campaign); task != null && !(selfReview && selfAssessment && decision);
             task = walker.nextTask(campaign)) {
            String holder = walker.holderOf(task);
            Map<String, Object> answer = walker.validAnswer(task);
            switch (task.getTaskDefinitionKey()) {
                case "Task_WriteSelfReview" -> selfReview |= mau02WithAnUnknownRatingAndNothingRequired(walker, task);
                case "Task_SelfAssess" -> selfAssessment |= selfAssessmentNamingItsOwnCommittee(walker, task, answer);
                case "Task_ConfirmDecisions" -> decision |= chairRewritingTheList(walker, task, holder, answer);
                default -> { }
            }
            assertThat(walker.submit(holder, task, answer).getStatusCode().value()).as(task.getName()).isEqualTo(204);
        }
        assertThat(List.of(selfReview, selfAssessment, decision)).containsOnly(true);
    }

    /** A member adds the group that receives the committee's proposal: she would propose her own level. */
    private boolean selfAssessmentNamingItsOwnCommittee(CampaignWalker walker, Task task, Map<String, Object> answer) {
        Map<String, Object> before = walker.variablesOf(task);
        Map<String, Object> attack = new LinkedHashMap<>(answer);
        attack.put("cellCommitteeGroup", task.getAssignee());

        JsonNode refusal = refused(walker.submit(task.getAssignee(), task, attack));
        assertThat(refusal.path("errors")).hasSize(1);
        assertThat(refusal.path("errors").get(0).path("field").asText()).isEqualTo("cellCommitteeGroup");
        assertThat(refusal.path("message").asText()).isEqualTo("Biểu mẫu không có trường \"cellCommitteeGroup\".");
        nothingChanged(walker, task, before, task.getAssignee());
        return true;
    }

    /** The chair of a decision session rewrites the ballot's list (its ceilings) and the quota group on confirming. */
    private boolean chairRewritingTheList(CampaignWalker walker, Task task, String holder,
                                          Map<String, Object> answer) {
        Map<String, Object> before = walker.variablesOf(task);
        Map<String, Object> attack = new LinkedHashMap<>(answer);
        attack.put("ballotSubjects", "[]");
        attack.put("quotaGroup", "nhom-moi");

        JsonNode refusal = refused(walker.submit(holder, task, attack));
        assertThat(refusal.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("ballotSubjects",
                "quotaGroup");
        assertThat(refusal.path("message").asText()).contains("Biểu mẫu không có trường \"ballotSubjects\".",
                "Biểu mẫu không có trường \"quotaGroup\".");
        nothingChanged(walker, task, before, holder);
        return true;
    }

    /** An unknown rating with every required field missing, then a 20,000-character text: 400, never 500. */
    private boolean mau02WithAnUnknownRatingAndNothingRequired(CampaignWalker walker, Task task) {
        Map<String, Object> before = walker.variablesOf(task);
        JsonNode refusal = refused(walker.submit(task.getAssignee(), task,
                Map.of("politicsEthicsRating", "RAT_TOT_LAM")));
        assertThat(refusal.path("message").asText()).contains(
                "Trường \"Tự đánh giá về cấp độ thực hiện\" không hợp lệ: giá trị không nằm trong danh sách cho phép.",
                "Trường \"2. Xếp loại đảng viên\" là bắt buộc.", "Trường \"Phương hướng, biện pháp\" là bắt buộc.");
        List<String> fields = refusal.path("errors").findValuesAsText("field");
        assertThat(fields).contains("politicsEthicsRating", "politicsEthicsReport", "dutiesRating", "limitations",
                "direction", "proposedMemberLevel").doesNotContain("partyPosition");
        // the civil servant's own rating is asked, and required, only of civil servants (conditional.hide)
        assertThat(fields.contains("proposedCivilServantLevel")).isEqualTo(Boolean.TRUE.equals(
                before.get("civilServant")));

        Map<String, Object> longText = new LinkedHashMap<>(walker.validAnswer(task));
        longText.put("limitations", "Chưa sâu sát cơ sở. ".repeat(1100).substring(0, 20_000));
        JsonNode tooLong = refused(walker.submit(task.getAssignee(), task, longText));
        assertThat(tooLong.path("message").asText())
                .isEqualTo("Trường \"1. Hạn chế, khuyết điểm (theo 03 nội dung nêu trên)\" dài quá 4000 ký tự.");
        nothingChanged(walker, task, before, task.getAssignee());
        return true;
    }

    private static JsonNode refused(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/json;charset=UTF-8");
        JsonNode body = CampaignWalker.read(answer.getBody());
        assertThat(body.path("type").asText()).isEqualTo("InvalidRequestException");
        return body;
    }

    private void nothingChanged(CampaignWalker walker, Task task, Map<String, Object> before, String holder) {
        Task now = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(now).as("the task stays open").isNotNull();
        assertThat(now.getAssignee()).isEqualTo(task.getAssignee());
        assertThat(new HashMap<>(walker.variablesOf(task))).isEqualTo(before);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).disableBinaryFetching().list())
                .extracting(HistoricVariableInstance::getValue)
                .noneMatch(value -> "RAT_TOT_LAM".equals(value) || "nhom-moi".equals(value));
        assertThat(engine.getTaskService().createTaskQuery().taskAssignee(holder)
                .taskDefinitionKey("Task_ProposeLevel").count()).as("no task reassigned to the submitter").isZero();
    }
}
