package vn.partyreview.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.Test;

/** Checks what the engine does not: the diagram opens cleanly in the Modeler and the form matches the process. */
class GradingDecisionModelTest {

    @Test
    void everyElementHasDiagramLayoutAndNoShapesOverlap() {
        BpmnModelInstance model = Bpmn.readModelFromStream(resource("processes/grading-decision.bpmn"));
        List<BpmnShape> shapes = List.copyOf(model.getModelElementsByType(BpmnShape.class));

        assertThat(shapes).extracting(shape -> shape.getBpmnElement().getId())
                .containsAll(model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList());
        assertThat(model.getModelElementsByType(BpmnEdge.class))
                .allSatisfy(edge -> assertThat(edge.getWaypoints()).hasSizeGreaterThanOrEqualTo(2))
                .extracting(edge -> edge.getBpmnElement().getId())
                .containsAll(model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId).toList());
        List<BpmnShape> unattached = shapes.stream()
                .filter(shape -> !shape.getBpmnElement().getId().equals("Event_LevelNotAllowed"))
                .toList();
        for (BpmnShape a : unattached) {
            for (BpmnShape b : unattached) {
                if (a != b) {
                    assertThat(overlap(a.getBounds(), b.getBounds()))
                            .as("%s overlaps %s", a.getId(), b.getId()).isFalse();
                }
            }
        }
    }

    @Test
    void theDecisionTaskUsesTheFormWithTheFourLevels() throws Exception {
        BpmnModelInstance model = Bpmn.readModelFromStream(resource("processes/grading-decision.bpmn"));
        UserTask decide = model.getModelElementById("Task_DecideLevel");
        JsonNode form = new ObjectMapper().readTree(resource("forms/grading-decision.form"));

        assertThat(decide.getCamundaFormRef()).isEqualTo(form.get("id").asText());
        JsonNode decidedLevel = component(form, "decidedLevel");
        assertThat(decidedLevel.get("type").asText()).isEqualTo("select");
        assertThat(decidedLevel.at("/validate/required").asBoolean()).isTrue();
        assertThat(decidedLevel.get("values")).extracting(value -> value.get("value").asText())
                .containsExactly("HTXSNV", "HTTNV", "HTNV", "KHTNV");
        JsonNode rationale = component(form, "decisionRationale");
        assertThat(rationale.get("type").asText()).isEqualTo("textarea");
        assertThat(rationale.at("/validate/required").asBoolean()).isTrue();
        assertThat(component(form, "ceilingLevel").get("disabled").asBoolean()).as("shown, never submitted").isTrue();
    }

    private static JsonNode component(JsonNode form, String key) {
        return StreamSupport.stream(form.get("components").spliterator(), false)
                .filter(component -> key.equals(component.path("key").asText()))
                .findFirst()
                .orElseThrow();
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    private static InputStream resource(String name) {
        return GradingDecisionModelTest.class.getClassLoader().getResourceAsStream(name);
    }
}
