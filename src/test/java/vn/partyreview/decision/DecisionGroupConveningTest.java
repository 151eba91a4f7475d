package vn.partyreview.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.partyreview.campaign.CampaignService;
import vn.partyreview.demo.DemoData;
import vn.partyreview.support.SpringAppTest;

/**
 * The demo ward's seven cells ask for their members' decisions, each in its own process instance: the ward committee
 * meets once, over all of them, when the last cell has asked, whatever the order; at a waiting cell's deadline it
 * meets over those ready, and a cell that comes later is decided in the next session, as soon as the first ends.
 */
@SpringAppTest
class DecisionGroupConveningTest {

    private static final String UNIT = "decisionGroupUnit";
    private static final List<String> CELLS = List.of(
            "CB-CQ", "CB-TDP01", "CB-TDP02", "CB-TDP03", "CB-THCS", "CB-SONGDUONG", "CB-CAP");

    @Autowired
    DemoData demoData;
    @Autowired
    CampaignService campaigns;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ManagementService managementService;

    private static int year = 2040;

    /** A cell as the party-cell model asks: its graded members on the list, then waiting for the answer. */
    @BeforeEach
    void deployAUnitThatAsks() {
        demoData.loadIfAbsent();
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(UNIT).count() == 0) {
            repositoryService.createDeployment().addModelInstance(UNIT + ".bpmn", Bpmn.createExecutableProcess(UNIT)
                    .camundaHistoryTimeToLive(1).startEvent()
                    .serviceTask("Task_RequestDecision")
                    .camundaExpression("${decisionRequests.requestFor(execution, 'MEMBER', orgCode, members)}")
                    .receiveTask("Task_AwaitDecision").message(DecisionSessionProcess.DECIDED_MESSAGE)
                    .endEvent("EndEvent_Decided").moveToActivity("Task_AwaitDecision")
                    .boundaryEvent("Timer_DecisionDeadline").cancelActivity(false).timerWithDate("2020-12-15T00:00:00Z")
                    .serviceTask("Task_ConveneDue").camundaExpression("${decisionRequests.conveneDue(execution)}")
                    .endEvent().done()).deploy();
        }
    }

    @Test
    void theBodyMeetsOnceWhenTheLastCellHasAskedWhateverTheOrder() throws Exception {
        List<String> reversed = new ArrayList<>(CELLS);
        Collections.reverse(reversed);
        for (List<String> order : List.of(CELLS, reversed)) {
            String campaignId = newCampaign();
            for (String cell : order.subList(0, order.size() - 1)) {
                ask(campaignId, cell);
            }
            assertThat(sessionsOf(campaignId)).as("no session before the last cell asks").isEmpty();

            ask(campaignId, order.get(order.size() - 1));

            assertThat(sessionsOf(campaignId)).singleElement().satisfies(session -> {
                assertThat(session.getBusinessKey())
                        .isEqualTo("DU-GIANGBIEN/MEMBER · Đảng viên thuộc Đảng bộ phường Giang Biên");
                assertThat(runtimeService.getVariable(session.getId(), DecisionSessionProcess.ORG_CODE))
                        .isEqualTo("DU-GIANGBIEN");
                assertThat(subjectsOf(session)).isEqualTo(new TreeSet<>(CELLS.stream().map(this::memberOf).toList()));
            });
        }
    }

    @Test
    void atADeadlineTheReadyAreDecidedAndALateCellGoesToTheNextSessionWithoutHoldingTheOthers() throws Exception {
        String campaignId = newCampaign();
        List<ProcessInstance> onTime = CELLS.subList(0, 6).stream().map(cell -> ask(campaignId, cell)).toList();
        assertThat(sessionsOf(campaignId)).isEmpty();

        // the deadline of one waiting cell passes: the committee meets over the six cells ready
        managementService.executeJob(timerOf(onTime.get(0)).getId());
        ProcessInstance first = sessionsOf(campaignId).get(0);
        assertThat(subjectsOf(first)).hasSize(6).doesNotContain(memberOf("CB-CAP"));
        // the other waiting cells' deadlines convene nothing more
        managementService.executeJob(timerOf(onTime.get(1)).getId());
        assertThat(sessionsOf(campaignId)).hasSize(1);

        // the late cell asks while the first session is under way: it waits for the next one
        ProcessInstance late = ask(campaignId, "CB-CAP");
        assertThat(sessionsOf(campaignId)).hasSize(1);

        sessionEnds(first);

        // the six cells go on; the late cell is decided in a session of its own, convened at once
        onTime.forEach(cell -> assertThat(isWaiting(cell)).as(cell.getBusinessKey()).isFalse());
        assertThat(isWaiting(late)).isTrue();
        List<ProcessInstance> sessions = sessionsOf(campaignId);
        assertThat(sessions).hasSize(1).allSatisfy(session -> assertThat(subjectsOf(session))
                .containsExactly(memberOf("CB-CAP")));
        sessionEnds(sessions.get(0));
        assertThat(isWaiting(late)).isFalse();
    }

    private String newCampaign() {
        return String.valueOf(campaigns.open(year++, "DU-GIANGBIEN", "QD132-2018").getId());
    }

    private ProcessInstance ask(String campaignId, String cell) {
        return runtimeService.startProcessInstanceByKey(UNIT, cell, Map.of(
                DecisionSessionProcess.CAMPAIGN_ID, campaignId, "orgCode", cell,
                "members", "[\"" + memberOf(cell) + "\"]"));
    }

    /** A stand-in member code per cell: convening reads only the list, never the members' records. */
    private String memberOf(String cell) {
        return "DV-" + cell;
    }

    private List<ProcessInstance> sessionsOf(String campaignId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(DecisionSessionProcess.PROCESS_KEY)
                .variableValueEquals(DecisionSessionProcess.CAMPAIGN_ID, campaignId).list();
    }

    @SuppressWarnings("unchecked")
    private Set<String> subjectsOf(ProcessInstance session) throws Exception {
        return new TreeSet<>(new ObjectMapper().readValue(runtimeService.getVariable(session.getId(),
                DecisionSessionProcess.SUBJECT_IDS).toString(), List.class));
    }

    private Job timerOf(ProcessInstance cell) {
        return managementService.createJobQuery().processInstanceId(cell.getId()).timers().singleResult();
    }

    private boolean isWaiting(ProcessInstance cell) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(cell.getId())
                .activityIdIn("Task_AwaitDecision").count() == 1;
    }

    /** The session decided (its ballot and confirmation are tested elsewhere): it answers the waiting cells. */
    private void sessionEnds(ProcessInstance session) {
        runtimeService.createProcessInstanceModification(session.getId()).cancelAllForActivity("Task_PrepareList")
                .startBeforeActivity("Task_ReleaseRequests").execute();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(session.getId())
                .activityId("Task_ReleaseRequests").singleResult().getId());
        for (Job job : managementService.createJobQuery().activityId("Task_AwaitDecision").list()) {
            managementService.executeJob(job.getId());
        }
    }
}
