package vn.partyreview.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
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
import vn.partyreview.support.AtOnce;
import vn.partyreview.support.DecisionGroupCells;
import vn.partyreview.support.SpringAppTest;

/**
 * The demo ward's seven cells ask for their members' decisions in parallel transactions, as job executors run their
 * continuations at once (on several threads or nodes): the ward committee still meets exactly once, over all of them,
 * and every cell hears the answer, however the transactions interleave with a session that ends meanwhile.
 */
@SpringAppTest
class DecisionGroupRaceTest {

    private static final String UNIT = "decisionGroupRaceUnit";
    private static final List<String> CELLS = DecisionGroupCells.CELLS;
    private static final int ROUNDS = 3;

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
    private static int year = 2140;

    @BeforeEach
    void deployAUnitThatAsks() {
        demoData.loadIfAbsent();
        group = new DecisionGroupCells(UNIT, runtimeService, managementService);
        group.deploy(repositoryService, true);
    }

    @Test
    void cellsAskingAtOnceConveneOneSessionOverAll() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String campaignId = newCampaign();
            List<ProcessInstance> cells = CELLS.stream().map(cell -> group.start(campaignId, cell)).toList();

            runAtOnce(cells.stream().map(this::askingJob).toList());

            assertThat(group.sessionsOf(campaignId)).as("round %d: one session over every cell", round).singleElement()
                    .satisfies(session -> assertThat(group.subjectsOf(session))
                            .isEqualTo(new TreeSet<>(CELLS.stream().map(group::memberOf).toList())));
        }
    }

    @Test
    void cellsAskingWhileTheSessionEndsAreDecidedInTheNext() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String campaignId = newCampaign();
            List<ProcessInstance> cells = CELLS.stream().map(cell -> group.start(campaignId, cell)).toList();
            runAtOnce(cells.subList(0, 5).stream().map(this::askingJob).toList());
            // the committee meets over the five ready at one cell's deadline
            managementService.executeJob(group.timerOf(cells.get(0)).getId());
            List<ProcessInstance> first = group.sessionsOf(campaignId);
            assertThat(first).hasSize(1);
            Set<String> decidedFirst = group.subjectsOf(first.get(0));

            // the late cells ask while the session's release runs
            List<String> jobs = new ArrayList<>(cells.subList(5, 7).stream().map(this::askingJob).toList());
            jobs.add(group.releaseJobOf(first.get(0)));
            runAtOnce(jobs);

            everyCellDecidedOnce(campaignId, cells, decidedFirst);
        }
    }

    @Test
    void deadlinesPassingWhileCellsAskConveneNoSecondSessionAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String campaignId = newCampaign();
            List<ProcessInstance> cells = CELLS.stream().map(cell -> group.start(campaignId, cell)).toList();
            runAtOnce(cells.subList(0, 3).stream().map(this::askingJob).toList());

            // the waiting cells' deadlines pass while the others ask
            List<String> jobs = new ArrayList<>(cells.subList(3, 7).stream().map(this::askingJob).toList());
            cells.subList(0, 3).forEach(cell -> jobs.add(group.timerOf(cell).getId()));
            runAtOnce(jobs);

            everyCellDecidedOnce(campaignId, cells, Set.of());
        }
    }

    /**
     * Ends the group's sessions one after the other until none is left, each the only one under way: every cell has
     * its answer and every member was decided in exactly one session.
     */
    private void everyCellDecidedOnce(String campaignId, List<ProcessInstance> cells, Set<String> decidedBefore)
            throws Exception {
        List<String> decided = new ArrayList<>(decidedBefore);
        for (int held = 0; held <= CELLS.size(); held++) {
            List<ProcessInstance> sessions = group.sessionsOf(campaignId);
            assertThat(sessions).as("sessions of the group under way at once").hasSizeLessThanOrEqualTo(1);
            if (sessions.isEmpty()) {
                break;
            }
            decided.addAll(group.subjectsOf(sessions.get(0)));
            runAtOnce(List.of(group.releaseJobOf(sessions.get(0))));
        }
        runAtOnce(managementService.createJobQuery().activityId("Task_AwaitDecision").list().stream()
                .map(Job::getId).toList());
        assertThat(decided).as("members decided").containsExactlyInAnyOrderElementsOf(
                CELLS.stream().map(group::memberOf).toList());
        cells.forEach(cell -> assertThat(group.isWaiting(cell))
                .as("%s still waiting", cell.getBusinessKey()).isFalse());
    }

    /**
     * Runs the jobs on one thread each, released together, then retries the failed ones (optimistic locking, lock
     * timeouts) as a job executor would, until none is left.
     */
    private void runAtOnce(List<String> jobIds) throws Exception {
        List<String> left = jobIds;
        for (int attempt = 0; attempt < 5 && !left.isEmpty(); attempt++) {
            List<Callable<String>> calls = new ArrayList<>();
            for (String job : left) {
                calls.add(() -> {
                    try {
                        managementService.executeJob(job);
                        return null;
                    } catch (RuntimeException failed) {
                        return job;
                    }
                });
            }
            left = AtOnce.call(calls).stream().filter(job -> job != null)
                    .filter(job -> managementService.createJobQuery().jobId(job).count() == 1).toList();
        }
        assertThat(left).as("jobs still failing").isEmpty();
    }

    private String newCampaign() {
        return String.valueOf(campaigns.open(year++, "DU-GIANGBIEN", "QD132-2018").getId());
    }

    private String askingJob(ProcessInstance cell) {
        return managementService.createJobQuery().processInstanceId(cell.getId()).activityId("Task_RequestDecision")
                .singleResult().getId();
    }
}
