package vn.partyreview.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.partyreview.campaign.CampaignService;
import vn.partyreview.demo.DemoData;
import vn.partyreview.support.DecisionGroupCells;
import vn.partyreview.support.SpringAppTest;

/**
 * The demo ward's seven cells ask for their members' decisions, each in its own process instance: the ward committee
 * meets once, over all of them, when the last cell has asked, whatever the order; at a waiting cell's deadline it
 * meets over those ready, and a cell that comes later is decided in the next session, as soon as the first ends.
 */
@SpringAppTest
class DecisionGroupConveningTest {

    private static final String UNIT = "decisionGroupUnit";
    private static final List<String> CELLS = DecisionGroupCells.CELLS;

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

    private DecisionGroupCells group;
    private static int year = 2040;

    @BeforeEach
    void deployAUnitThatAsks() {
        demoData.loadIfAbsent();
        group = new DecisionGroupCells(UNIT, runtimeService, managementService);
        group.deploy(repositoryService, false);
    }

    @Test
    void theBodyMeetsOnceWhenTheLastCellHasAskedWhateverTheOrder() throws Exception {
        List<String> reversed = new ArrayList<>(CELLS);
        Collections.reverse(reversed);
        for (List<String> order : List.of(CELLS, reversed)) {
            String campaignId = newCampaign();
            for (String cell : order.subList(0, order.size() - 1)) {
                group.start(campaignId, cell);
            }
            assertThat(group.sessionsOf(campaignId)).as("no session before the last cell asks").isEmpty();

            group.start(campaignId, order.get(order.size() - 1));

            assertThat(group.sessionsOf(campaignId)).singleElement().satisfies(session -> {
                assertThat(session.getBusinessKey())
                        .isEqualTo("DU-GIANGBIEN/MEMBER · Đảng viên thuộc Đảng bộ phường Giang Biên");
                assertThat(runtimeService.getVariable(session.getId(), DecisionSessionProcess.ORG_CODE))
                        .isEqualTo("DU-GIANGBIEN");
                assertThat(group.subjectsOf(session))
                        .isEqualTo(new TreeSet<>(CELLS.stream().map(group::memberOf).toList()));
            });
        }
    }

    @Test
    void atADeadlineTheReadyAreDecidedAndALateCellGoesToTheNextSessionWithoutHoldingTheOthers() throws Exception {
        String campaignId = newCampaign();
        List<ProcessInstance> onTime = CELLS.subList(0, 6).stream().map(cell -> group.start(campaignId, cell)).toList();
        assertThat(group.sessionsOf(campaignId)).isEmpty();

        // the deadline of one waiting cell passes: the committee meets over the six cells ready
        managementService.executeJob(group.timerOf(onTime.get(0)).getId());
        ProcessInstance first = group.sessionsOf(campaignId).get(0);
        assertThat(group.subjectsOf(first)).hasSize(6).doesNotContain(group.memberOf("CB-CAP"));
        // the other waiting cells' deadlines convene nothing more
        managementService.executeJob(group.timerOf(onTime.get(1)).getId());
        assertThat(group.sessionsOf(campaignId)).hasSize(1);

        // the late cell asks while the first session is under way: it waits for the next one
        ProcessInstance late = group.start(campaignId, "CB-CAP");
        assertThat(group.sessionsOf(campaignId)).hasSize(1);

        sessionEnds(first);

        // the six cells go on; the late cell is decided in a session of its own, convened at once
        onTime.forEach(cell -> assertThat(group.isWaiting(cell)).as(cell.getBusinessKey()).isFalse());
        assertThat(group.isWaiting(late)).isTrue();
        List<ProcessInstance> sessions = group.sessionsOf(campaignId);
        assertThat(sessions).hasSize(1).allSatisfy(session -> assertThat(group.subjectsOf(session))
                .containsExactly(group.memberOf("CB-CAP")));
        sessionEnds(sessions.get(0));
        assertThat(group.isWaiting(late)).isFalse();
    }

    private String newCampaign() {
        return String.valueOf(campaigns.open(year++, "DU-GIANGBIEN", "QD132-2018").getId());
    }

    /** The session decided (its ballot and confirmation are tested elsewhere): it answers the waiting cells. */
    private void sessionEnds(ProcessInstance session) {
        managementService.executeJob(group.releaseJobOf(session));
        for (Job job : managementService.createJobQuery().activityId("Task_AwaitDecision").list()) {
            managementService.executeJob(job.getId());
        }
    }
}
