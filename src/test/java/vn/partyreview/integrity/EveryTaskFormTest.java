package vn.partyreview.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.ResponseEntity;
import vn.partyreview.identity.IdentityProvisioning;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.support.ResultsContract;
import vn.partyreview.support.SpringAppTest;

/**
 * SPEC I1, I5: a whole ward campaign submitted over the engine REST API as Tasklist submits. At the first task of
 * every kind its holder tries an extra variable, a missing required field, a choice not offered (or a wrong type where
 * the form offers none) and a 20,000-character text, through submit-form and complete: each answers 400 naming the
 * field, nothing changes; then every task is completed with a valid answer and the campaign reaches its end. Every
 * form a model's user task uses must have been attacked.
 */
@SpringAppTest
class EveryTaskFormTest {

    private static final String ATTACKER_GROUP = "CB-EVF.attacker";
    private static final String LONG_TEXT = "Nội dung rất dài. ".repeat(1112).substring(0, 20_000);

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
    void everyKindOfTaskRefusesEveryBadSubmissionAndTheCampaignStillEnds() throws IOException {
        CampaignWalker walker = new CampaignWalker(engine, rest, "EVF");
        walker.createWard(organizations, bodies, members, provisioning);
        String campaign = walker.start();

        Map<String, String> attackedForms = new TreeMap<>();
        int completed = 0;
        for (Task task = walker.nextTask(campaign); task != null; task = walker.nextTask(campaign)) {
            String holder = walker.holderOf(task);
            Map<String, Object> answer = walker.validAnswer(task);
            String form = walker.formOf(task).id();
            if (!attackedForms.containsValue(form) || !attackedForms.containsKey(task.getTaskDefinitionKey())) {
                attack(walker, task, holder, answer);
                attackedForms.put(task.getTaskDefinitionKey(), form);
            }
            ResponseEntity<String> done = walker.submit(holder, task, answer);
            assertThat(done.getStatusCode().value()).as("%s by %s: %s", task.getName(), holder, done.getBody())
                    .isEqualTo(204);
            completed++;
        }

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(campaign)
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_CampaignClosed");
        assertThat(completed).isGreaterThan(30);
        // rewards are proposed only for subjects decided HTXSNV, which the walked ward's quota never allows
        Set<String> reachable = userTaskForms();
        reachable.remove("reward-proposal");
        assertThat(new TreeSet<>(attackedForms.values())).as("every form a user task of a model uses")
                .containsAll(reachable);
        String campaignId = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(campaign).variableName("campaignId").singleResult().getValue();
        ResultsContract.over(rest.withBasicAuth("admin", "test-admin-Secret-1")).check(campaignId);
    }

    private void attack(CampaignWalker walker, Task task, String holder, Map<String, Object> answer) {
        FormSchema form = walker.formOf(task);
        String what = task.getTaskDefinitionKey() + " (" + form.id() + ")";
        Map<String, Object> variables = walker.variablesOf(task);

        Map<String, Object> extra = new LinkedHashMap<>(answer);
        extra.put("cellCommitteeGroup", ATTACKER_GROUP);
        refused(walker, task, holder, extra, "cellCommitteeGroup", what + " with an extra variable");

        form.fields().stream().filter(f -> f.editable() && f.required() && answer.containsKey(f.key())).findFirst()
                .ifPresent(required -> {
                    Map<String, Object> dropped = new LinkedHashMap<>(answer);
                    dropped.remove(required.key());
                    refused(walker, task, holder, dropped, required.key(), what + " without " + required.key());
                });

        FormField target = form.fields().stream().filter(f -> answer.containsKey(f.key()) && f.hasOptions())
                .findFirst().orElse(form.fields().stream().filter(f -> answer.containsKey(f.key())).findFirst()
                        .orElseThrow());
        Map<String, Object> outOfRange = new LinkedHashMap<>(answer);
        outOfRange.put(target.key(), badValue(target));
        refused(walker, task, holder, outOfRange, target.key(), what + " with a value not offered in " + target.key());

        FormField text = form.fields().stream().filter(f -> answer.containsKey(f.key())
                && (f.type().equals("textarea") || f.type().equals("textfield"))).findFirst().orElse(target);
        Map<String, Object> tooLong = new LinkedHashMap<>(answer);
        tooLong.put(text.key(), LONG_TEXT);
        refused(walker, task, holder, tooLong, text.key(), what + " with 20,000 characters in " + text.key());
        ResponseEntity<String> viaComplete = walker.post(holder, "task/" + task.getId() + "/complete",
                CampaignWalker.restVariables(tooLong));
        assertThat(viaComplete.getStatusCode().value()).as(what + " via complete").isEqualTo(400);

        unchanged(task, variables);
    }

    private static Object badValue(FormField field) {
        return switch (FormFieldType.of(field.type())) {
            case CHECKLIST, TAGLIST -> List.of("RAT_TOT_LAM");
            case DYNAMICLIST -> List.of(Map.of("points", "RAT_TOT_LAM"));
            case RADIO, SELECT -> "RAT_TOT_LAM";
            case NUMBER, CHECKBOX, DATETIME -> "RAT_TOT_LAM";
            case TEXTFIELD, TEXTAREA -> 12;
        };
    }

    private void refused(CampaignWalker walker, Task task, String holder, Map<String, Object> values, String field,
                         String what) {
        ResponseEntity<String> answer = walker.submit(holder, task, values);
        assertThat(answer.getStatusCode().value()).as(what + ": " + answer.getBody()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/json;charset=UTF-8");
        JsonNode body = CampaignWalker.read(answer.getBody());
        assertThat(body.path("type").asText()).isEqualTo("InvalidRequestException");
        assertThat(body.path("errors").findValuesAsText("field")).as(what).contains(field);
        assertThat(body.path("message").asText()).as(what).isNotBlank().doesNotContain("Exception");
    }

    /** The task is still open, still held by the same user, and no refused value reached its variables. */
    private void unchanged(Task task, Map<String, Object> before) {
        Task now = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(now).as("the task stays open").isNotNull();
        assertThat(now.getAssignee()).isEqualTo(task.getAssignee());
        Map<String, Object> after = new HashMap<>(FormBoundSubmissions.javaValues(
                engine.getTaskService().getVariablesTyped(task.getId(), false)));
        assertThat(after).isEqualTo(before);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).disableBinaryFetching().list())
                .extracting(variable -> String.valueOf(variable.getValue()))
                .noneMatch(value -> value.contains("RAT_TOT_LAM") || value.contains(ATTACKER_GROUP)
                        || value.equals(LONG_TEXT));
    }

    /** The forms the models' user tasks use, read from the BPMN files deployed with the application. */
    static Set<String> userTaskForms() throws IOException {
        Set<String> forms = new TreeSet<>();
        for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
            try (InputStream in = model.getInputStream()) {
                Bpmn.readModelFromStream(in).getModelElementsByType(UserTask.class)
                        .forEach(task -> forms.add(task.getCamundaFormRef()));
            }
        }
        assertThat(forms).doesNotContainNull().hasSizeGreaterThan(10);
        return forms;
    }
}
