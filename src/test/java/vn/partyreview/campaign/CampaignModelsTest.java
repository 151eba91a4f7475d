package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the engine does not check: the diagrams open cleanly in the Modeler, tasks and forms fit together. */
class CampaignModelsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"campaign", "party-organization", "party-cell", "cell-members-round", "party-member", "collective-review",
            "organization-grading", "lateness-escalation", "leadership-collective", "leader", "leader-review", "regrading",
            "outstanding-mark", "quarterly-self-assessment"})
    void everyElementIsDrawnWithoutOverlapsAndHasAVietnameseName(String file) {
        BpmnModelInstance model = model(file);
        List<BpmnShape> shapes = List.copyOf(model.getModelElementsByType(BpmnShape.class));

        assertThat(model.getModelElementsByType(Process.class)).singleElement()
                .satisfies(process -> assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank());
        assertThat(shapes).extracting(shape -> shape.getBpmnElement().getId())
                .containsAll(model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList());
        assertThat(model.getModelElementsByType(BpmnEdge.class)).extracting(edge -> edge.getBpmnElement().getId())
                .containsAll(model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId).toList());
        List<BpmnShape> unattached = shapes.stream()
                .filter(shape -> !(shape.getBpmnElement() instanceof BoundaryEvent)).toList();
        for (BpmnShape a : unattached) {
            for (BpmnShape b : unattached) {
                if (a != b) {
                    assertThat(overlap(a.getBounds(), b.getBounds())).as("%s overlaps %s", a.getId(), b.getId())
                            .isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"campaign", "party-organization", "party-cell", "cell-members-round", "party-member", "collective-review",
            "organization-grading", "lateness-escalation", "leadership-collective", "leader", "leader-review", "regrading",
            "outstanding-mark", "quarterly-self-assessment"})
    void everyUserTaskGoesToOneAssigneeOrOneGroupAndShowsAnExistingForm(String file) {
        for (UserTask task : model(file).getModelElementsByType(UserTask.class)) {
            boolean assignee = task.getCamundaAssignee() != null;
            String groups = task.getCamundaCandidateGroups();
            assertThat(assignee ^ groups != null).as("%s: one assignee or one group", task.getId()).isTrue();
            if (groups != null) {
                assertThat(groups).as(task.getId()).matches("\\$\\{[a-zA-Z]+(\\.[a-zA-Z]+\\([a-zA-Z, ]*\\))?}(\\.[a-z]+)?");
            }
            assertThat(task.getCamundaFormRefBinding()).isEqualTo("latest");
            assertThat(form(task.getCamundaFormRef()).get("id").asText()).isEqualTo(task.getCamundaFormRef());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"campaign", "party-organization", "party-cell", "cell-members-round", "collective-review",
            "organization-grading", "leadership-collective", "leader", "leader-review"})
    void deadlinesAreNonInterruptingTimersTakenFromTheCampaign(String file) {
        List<BoundaryEvent> timers = model(file).getModelElementsByType(BoundaryEvent.class).stream()
                .filter(event -> !event.getChildElementsByType(TimerEventDefinition.class).isEmpty()).toList();

        assertThat(timers).isNotEmpty().allSatisfy(timer -> {
            assertThat(timer.cancelActivity()).isFalse();
            assertThat(timer.getChildElementsByType(TimerEventDefinition.class).iterator().next().getTimeDate()
                    .getTextContent()).startsWith("${campaignSchedule.");
        });
    }

    @Test
    void theStartFormAsksForTheYearAndTheRootOrganisation() {
        StartEvent start = model("campaign").getModelElementById("StartEvent_CampaignRequested");
        JsonNode form = form(start.getCamundaFormRef());

        assertThat(required(form)).containsExactlyInAnyOrder("year", "rootOrgCode");
    }

    private static final Set<String> QD366_CHOICES = Set.of("unitFiveTargetsMissed", "subordinateOrMemberDisciplined",
            "outsideSystemStatus");

    @Test
    void ratingsAndLevelsOfferOnlyTheAllowedValuesAndAreRequired() {
        for (String formId : List.of("mau-01-collective-review", "mau-02-self-review", "residence-comment",
                "civil-servant-rating", "opinion", "committee-proposal")) {
            components(form(formId)).filter(component -> component.has("values")).forEach(choice -> {
                List<String> values = StreamSupport.stream(choice.get("values").spliterator(), false)
                        .map(value -> value.get("value").asText()).toList();
                // QĐ 366's part B and Mẫu 2B/2C also ask yes/no facts and where the member works
                if (QD366_CHOICES.contains(choice.path("key").asText())) {
                    assertThat(choice.at("/validate/required").asBoolean()).isTrue();
                    return;
                }
                assertThat(values).as("%s %s", formId, choice.get("key")).isIn(
                        List.of("XUAT_SAC", "TOT", "TRUNG_BINH", "KEM"), List.of("HTXSNV", "HTTNV", "HTNV", "KHTNV"),
                        List.of("TOT", "KHA", "TRUNG_BINH", "CHUA_TOT"));
                assertThat(choice.path("disabled").asBoolean() || choice.at("/validate/required").asBoolean())
                        .as("%s %s is required", formId, choice.get("key")).isTrue();
            });
        }
        assertThat(components(form("residence-comment")).filter(component -> "radio".equals(
                component.get("type").asText()))).hasSize(6);
        assertThat(required(form("mau-02-self-review"))).contains("politicsEthicsRating", "dutiesRating",
                "selfImprovementRating", "remedyRating", "proposedMemberLevel");
    }

    private static List<String> required(JsonNode form) {
        return components(form).filter(component -> component.at("/validate/required").asBoolean())
                .map(component -> component.get("key").asText()).toList();
    }

    private static Stream<JsonNode> components(JsonNode form) {
        return StreamSupport.stream(form.get("components").spliterator(), false);
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    private static BpmnModelInstance model(String file) {
        return Bpmn.readModelFromStream(resource("processes/" + file + ".bpmn"));
    }

    private static JsonNode form(String id) {
        try (InputStream in = resource("forms/" + id + ".form")) {
            assertThat(in).as("form %s", id).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String name) {
        return CampaignModelsTest.class.getClassLoader().getResourceAsStream(name);
    }
}
