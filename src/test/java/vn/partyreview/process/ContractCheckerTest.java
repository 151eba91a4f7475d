package vn.partyreview.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/** The checker catches each kind of fault on small planted models, and passes a clean one. */
class ContractCheckerTest {

    private static final ProcessContract CALLER = ProcessContract.of("caller")
            .inputs(ProcessContract.CAMPAIGN_ID, ProcessContract.ORG_CODE)
            .owned("reviewers")
            .userTask("Task_Review", "comment")
            .build();
    private static final ProcessContract CALLEE = ProcessContract.of("callee")
            .inputs(ProcessContract.CAMPAIGN_ID, "deciders")
            .userTask("Task_Decide", "level")
            .build();
    private static final Set<String> BEANS = Set.of("assignments");

    @Test
    void aModelKeepingToItsContractPasses() throws Exception {
        assertThat(check(caller("${assignments.reviewers(orgCode)}", "campaignId", "campaignId"), callee(),
                form("review", "comment"), form("decide", "level"))).isEmpty();
    }

    @Test
    void anAssignmentReadingAnUndeclaredVariableFails() throws Exception {
        assertThat(check(caller("${cellCommitteeGroup}", "campaignId", "campaignId"), callee(),
                form("review", "comment"), form("decide", "level")))
                .anySatisfy(violation -> assertThat(violation).contains("\"cellCommitteeGroup\" is neither declared"));
    }

    @Test
    void aFormKeyTheTaskDoesNotDeclareFails() throws Exception {
        assertThat(check(caller("${assignments.reviewers(orgCode)}", "campaignId", "campaignId"), callee(),
                form("review", "comment", "extra"), form("decide", "level")))
                .anySatisfy(violation -> assertThat(violation).contains("key \"extra\" is not a declared form field"));
    }

    @Test
    void aFormFieldNamedLikeAProcessOwnedVariableFails() throws Exception {
        ProcessContract overwriting = ProcessContract.of("caller")
                .inputs(ProcessContract.CAMPAIGN_ID, ProcessContract.ORG_CODE)
                .owned("reviewers")
                .userTask("Task_Review", "comment", "reviewers")
                .build();
        List<String> violations = new ContractChecker(List.of(overwriting, CALLEE),
                List.of(form("review", "comment", "reviewers"), form("decide", "level")), BEANS)
                .check(List.of(caller("${assignments.reviewers(orgCode)}", "campaignId", "campaignId"), callee()));

        assertThat(violations).anySatisfy(violation ->
                assertThat(violation).contains("form field \"reviewers\" could overwrite"));
    }

    @Test
    void aFormValueMappedIntoACalleesInputFails() throws Exception {
        assertThat(check(caller("${assignments.reviewers(orgCode)}", "comment", "deciders"), callee(),
                form("review", "comment"), form("decide", "level")))
                .anySatisfy(violation -> assertThat(violation).contains("callee: \"deciders\" may carry a user's value"));
    }

    @Test
    void passingAllVariablesFails() throws Exception {
        BpmnModelInstance model = caller("${assignments.reviewers(orgCode)}", "campaignId", "campaignId");
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn.class)
                .forEach(in -> {
                    in.removeAttribute("source");
                    in.removeAttribute("target");
                    in.setCamundaVariables("all");
                });

        assertThat(check(model, callee(), form("review", "comment"), form("decide", "level")))
                .anySatisfy(violation -> assertThat(violation).contains("variables=\"all\""));
    }

    @Test
    void aReadOnlyFieldIsDisplayAndNeedsOnlyADeclaration() throws Exception {
        JsonNode review = new ObjectMapper().readTree("""
                {"id": "review", "components": [{"type": "textfield", "key": "comment"},
                 {"type": "textfield", "key": "reviewers", "readonly": true},
                 {"type": "textfield", "key": "secret", "disabled": true}]}""");

        assertThat(check(caller("${assignments.reviewers(orgCode)}", "campaignId", "campaignId"), callee(),
                review, form("decide", "level")))
                .singleElement().asString().contains("shows \"secret\"");
    }

    private static List<String> check(BpmnModelInstance caller, BpmnModelInstance callee, JsonNode... forms) {
        return new ContractChecker(List.of(CALLER, CALLEE), List.of(forms), BEANS).check(List.of(caller, callee));
    }

    private static BpmnModelInstance caller(String candidateGroups, String source, String target) {
        return Bpmn.createExecutableProcess("caller").camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Review").camundaCandidateGroups(candidateGroups).camundaFormRef("review")
                .callActivity("Call_Callee").calledElement("callee").camundaIn(source, target)
                .endEvent().done();
    }

    private static BpmnModelInstance callee() {
        return Bpmn.createExecutableProcess("callee").camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Decide").camundaCandidateGroups("${deciders}").camundaFormRef("decide")
                .endEvent().done();
    }

    private static JsonNode form(String id, String... keys) throws Exception {
        StringBuilder components = new StringBuilder();
        for (String key : keys) {
            components.append(components.isEmpty() ? "" : ",")
                    .append("{\"type\": \"textfield\", \"key\": \"").append(key).append("\"}");
        }
        return new ObjectMapper().readTree("{\"id\": \"" + id + "\", \"components\": [" + components + "]}");
    }
}
