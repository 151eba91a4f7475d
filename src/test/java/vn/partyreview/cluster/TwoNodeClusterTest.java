package vn.partyreview.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.partyreview.PartyReviewApplication;
import vn.partyreview.ballot.BallotScenario;
import vn.partyreview.ballot.SecretBallot;
import vn.partyreview.identity.IdentityProvisioning;
import vn.partyreview.integrity.CampaignWalker;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.support.AtOnce;
import vn.partyreview.support.PostgresTestDatabase;
import vn.partyreview.support.ResultsContract;

/**
 * Camunda's homogeneous cluster: two nodes of the application on one PostgreSQL database, node A in this JVM and
 * node B in a process of its own, both with their job executors running and the same engine name.
 * <ol>
 *   <li>50 voters sign in to Tasklist on one node and cast their secret ballot through the other, all at once; five
 *   of them submit twice at the same moment, once on each node. The sign-in holds on both nodes (the shared session
 *   store), one submission of each pair is refused, the tally is exact, and the continuations ran on both nodes.</li>
 *   <li>A ward's campaign walked over a round-robin load balancer; node B is killed (SIGKILL) right after it took
 *   a task's submission, while it holds job locks if it can be caught doing so. Node A takes the dead node's jobs
 *   once their locks expire and the campaign ends with its results complete.</li>
 * </ol>
 * Prints a {@code CLUSTER-RESULT} line (README "Two nodes on one database"). Tagged {@code isolated}: it starts its
 * own applications, in a JVM of its own (see the pom), on the embedded PostgreSQL whatever the build's database.
 */
@Tag("isolated")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterTest {

    private static final int VOTERS = 50;
    private static final int DOUBLE_VOTERS = 5;
    private static final int LOCK_MILLIS = 5_000;
    private static final int KILL_AFTER_TASKS = 10;
    private static final String ADMIN_PASSWORD = "test-admin-Secret-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static long started;
    private static ConfigurableApplicationContext nodeA;
    private static NodeProcess nodeB;
    private static Cluster cluster;
    private static Integer refused;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        started = System.nanoTime();
        String database = PostgresTestDatabase.freshDatabase();
        Path nodeBLog = Files.createDirectories(Path.of("target")).resolve("cluster-node-b.log");
        // node A first: it creates the schema (Camunda's and Flyway's), node B finds it in place
        nodeA = new SpringApplicationBuilder(PartyReviewApplication.class).profiles("test")
                .run(nodeArguments(database, "node-a", 0).toArray(String[]::new));
        nodeB = NodeProcess.start(nodeArguments(database, "node-b", null), nodeBLog);
        nodeB.awaitReady(Duration.ofMinutes(6));
        cluster = new Cluster(nodeA, nodeB);
    }

    @AfterAll
    static void stopTheNodes() throws InterruptedException {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    @Order(1)
    void fiftyVotersCastAcrossTheNodesWithTheirSignInValidOnBoth() throws Exception {
        refused = secretBallotAcrossTheNodes(cluster);
        Map<String, Integer> ballotJobs = successfulJobsByNode(cluster.jdbc);
        assertThat(ballotJobs).as("continuations done per node").containsKeys("node-a", "node-b");
        System.out.printf("CLUSTER-RESULT nodes=2 voters=%d tally_exact=true double_votes_refused=%d "
                        + "jobs_by_node=%s seconds=%d%n", VOTERS, refused, ballotJobs,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    @Test
    @Order(2)
    @Disabled("Not yet run since the fix of lost decision answers (JobExecutorCampaignTest): enable once it is run"
            + " on a quiet machine and its CLUSTER-RESULT recorded")
    void theSurvivingNodeFinishesTheCampaignAfterTheOtherIsKilled() throws Exception {
        KilledNode killed = campaignSurvivingANodeKill(cluster);
        System.out.printf("CLUSTER-RESULT nodes=2 voters=%d tally_exact=true double_votes_refused=%s "
                        + "node_killed_at=%s orphaned_jobs=%d finished_by=node-a jobs_by_node=%s seconds=%d%n",
                VOTERS, refused, killed.at(), killed.orphanedJobs(), successfulJobsByNode(cluster.jdbc),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    /** Returns how many of the simultaneous second submissions were refused. */
    private static int secretBallotAcrossTheNodes(Cluster cluster) throws Exception {
        BallotScenario cell = new BallotScenario(cluster.engine, "CB-CLUSTER", VOTERS, "subject-c").provision();
        String instance = cell.start();
        cell.open(cluster.rest(cluster.nodeA), instance, Map.of());
        awaitThat(() -> cluster.engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(SecretBallot.CAST_TASK).count() == VOTERS, "every voter's ballot task");

        List<Callable<HttpResponse<String>>> casts = new ArrayList<>();
        List<Callable<HttpResponse<String>>> seconds = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            String voter = cell.voters.get(i);
            String signInNode = cluster.node(i);
            String otherNode = cluster.node(i + 1);
            TasklistSession session = TasklistSession.signIn(signInNode, voter, BallotScenario.PASSWORD);
            assertThat(session.user(otherNode)).as("%s signed in on %s, asking %s", voter, signInNode, otherNode)
                    .contains(voter);
            String task = cell.taskOf(instance, voter);
            String sheet = sheet(level(i));
            casts.add(() -> session.submitForm(otherNode, task, sheet));
            if (i >= VOTERS - DOUBLE_VOTERS) {
                seconds.add(() -> session.submitForm(signInNode, task, sheet));
            }
        }
        List<Callable<HttpResponse<String>>> all = new ArrayList<>(casts);
        all.addAll(seconds);
        List<HttpResponse<String>> answers = AtOnce.call(all);

        int refused = 0;
        for (int i = 0; i < VOTERS; i++) {
            HttpResponse<String> first = answers.get(i);
            if (i < VOTERS - DOUBLE_VOTERS) {
                assertThat(first.statusCode()).as(first.body()).isEqualTo(204);
                continue;
            }
            HttpResponse<String> second = answers.get(VOTERS + i - (VOTERS - DOUBLE_VOTERS));
            assertThat(List.of(first.statusCode(), second.statusCode())).as("%s twice at once: %s / %s",
                    cell.voters.get(i), first.body(), second.body()).filteredOn(status -> status == 204).hasSize(1);
            // the other is refused as the user's race, in Vietnamese, never a server error
            HttpResponse<String> other = first.statusCode() == 204 ? second : first;
            assertThat(other.statusCode()).as(other.body()).isIn(400, 404, 409);
            refused++;
        }

        awaitThat(() -> cluster.engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(SecretBallot.SIGN_MINUTES_TASK).count() == 1, "the tally");
        String sessionId = cell.sessionId(instance);
        assertThat(cluster.jdbc.queryForObject("select count(*) from ballot_participation where session_id = ?",
                Integer.class, sessionId)).isEqualTo(VOTERS);
        assertThat(cluster.jdbc.queryForObject("select sum(votes) from ballot_count where session_id = ?",
                Integer.class, sessionId)).isEqualTo(VOTERS);
        JsonNode result = JSON.readTree(cluster.engine.getRuntimeService().getVariable(instance, SecretBallot.RESULT)
                .toString());
        long top = java.util.stream.IntStream.range(0, VOTERS).filter(i -> level(i).equals("HTXSNV")).count();
        assertThat(result.get("ballotsReturned").asInt()).isEqualTo(VOTERS);
        assertThat(result.at("/subjects/0/votes/HTXSNV").asInt()).isEqualTo(top);
        assertThat(result.at("/subjects/0/votes/HTTNV").asInt()).isEqualTo(VOTERS - top);
        return refused;
    }

    private static KilledNode campaignSurvivingANodeKill(Cluster cluster) throws Exception {
        RoundRobin balancer = new RoundRobin(cluster.nodeA, cluster.nodeB.url());
        TestRestTemplate rest = new TestRestTemplate(new RestTemplateBuilder().uriTemplateHandler(balancer));
        CampaignWalker walker = new CampaignWalker(cluster.engine, rest, "CLU").leavingContinuationsToTheJobExecutors();
        walker.createWard(cluster.a.getBean(OrganizationRepository.class), cluster.a.getBean(PartyBodyRepository.class),
                cluster.a.getBean(PartyMemberRepository.class), cluster.a.getBean(IdentityProvisioning.class));
        String campaign = walker.start();

        String ownerA = ((ProcessEngineConfigurationImpl) cluster.engine.getProcessEngineConfiguration())
                .getJobExecutor().getLockOwner();
        KilledNode killed = null;
        int completed = 0;
        for (Task task = next(walker, campaign, cluster); task != null; task = next(walker, campaign, cluster)) {
            String holder = walker.holderOf(task);
            boolean killing = killed == null && completed >= KILL_AFTER_TASKS;
            if (killing) {
                balancer.sendNextTo(cluster.nodeB.url());
            }
            ResponseEntity<String> done = walker.submit(holder, task, walker.validAnswer(task));
            assertThat(done.getStatusCode().value()).as("%s by %s: %s", task.getName(), holder, done.getBody())
                    .isEqualTo(204);
            completed++;
            if (killing && (lockedByOtherThan(cluster.jdbc, ownerA, Duration.ofSeconds(1))
                    || completed >= KILL_AFTER_TASKS + 5)) {
                cluster.nodeB.kill();
                balancer.takeOut(cluster.nodeB.url());
                killed = new KilledNode("task-" + completed, cluster.jdbc.queryForList(
                        "select id_ from act_ru_job where lock_owner_ is not null and lock_owner_ <> ?", String.class,
                        ownerA));
            }
        }

        assertThat(killed).as("node B was killed mid-campaign").isNotNull();
        assertThat(cluster.engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(campaign)
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_CampaignClosed");
        for (String orphan : killed.orphans()) {
            assertThat(cluster.jdbc.queryForObject("select count(*) from act_hi_job_log where job_id_ = ? "
                    + "and job_state_ = 2 and hostname_ = 'node-a'", Integer.class, orphan))
                    .as("job %s, locked by the dead node, done by node A", orphan).isPositive();
        }
        assertThat(cluster.engine.getRuntimeService().createIncidentQuery().count()).isZero();
        String campaignId = (String) cluster.engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(campaign).variableName("campaignId").singleResult().getValue();
        ResultsContract.over(cluster.rest(cluster.nodeA).withBasicAuth("admin", ADMIN_PASSWORD)).check(campaignId);
        return killed;
    }

    /** The walker's next task; if it stalls, what the database holds, to tell a lost step from a slow one. */
    private static Task next(CampaignWalker walker, String campaign, Cluster cluster) {
        try {
            return walker.nextTask(campaign);
        } catch (AssertionError stalled) {
            cluster.jdbc.queryForList("select e.proc_inst_id_, d.key_, e.act_id_, e.is_active_ from act_ru_execution e "
                    + "join act_re_procdef d on d.id_ = e.proc_def_id_").forEach(row -> System.out.println("EXECUTION " + row));
            cluster.jdbc.queryForList("select process_instance_id_, type_, handler_type_, handler_cfg_, retries_, "
                    + "lock_owner_, exception_msg_, duedate_ from act_ru_job").forEach(row -> System.out.println("JOB " + row));
            throw stalled;
        }
    }

    /** Watches for a job lock of the other node, so that the kill catches it at work. */
    private static boolean lockedByOtherThan(JdbcTemplate jdbc, String owner, Duration watch)
            throws InterruptedException {
        long deadline = System.nanoTime() + watch.toNanos();
        while (System.nanoTime() < deadline) {
            if (jdbc.queryForObject("select count(*) from act_ru_job where lock_owner_ is not null "
                    + "and lock_owner_ <> ?", Integer.class, owner) > 0) {
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    /**
     * Both nodes on the one database, job executors on, job locks short so that a dead node's jobs come back soon,
     * idle job acquisition polling at most every second; the host name tells the nodes apart in the job log.
     */
    private static List<String> nodeArguments(String database, String name, Integer port) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=test",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=" + PostgresTestDatabase.USER,
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS,
                "--camunda.bpm.job-execution.max-wait=1000",
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        if (port != null) {
            arguments.add("--server.port=" + port);
        }
        return arguments;
    }

    private static Map<String, Integer> successfulJobsByNode(JdbcTemplate jdbc) {
        Map<String, Integer> byNode = new TreeMap<>();
        jdbc.query("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_",
                row -> {
                    byNode.put(row.getString(1), row.getInt(2));
                });
        return byNode;
    }

    private static String level(int voter) {
        return voter % 3 == 0 ? "HTXSNV" : "HTTNV";
    }

    /** One subject's row as Tasklist posts a radio group. */
    private static String sheet(String level) {
        return "{\"" + SecretBallot.SHEET_ROW_PREFIX + "1\":{\"value\":\"" + level + "\"}}";
    }

    private static void awaitThat(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }


    /** Node A in this JVM, node B in its process, and what the test reads through node A. */
    private static final class Cluster {
        final ConfigurableApplicationContext a;
        final NodeProcess nodeB;
        final ProcessEngine engine;
        final JdbcTemplate jdbc;
        final String nodeA;

        Cluster(ConfigurableApplicationContext a, NodeProcess nodeB) {
            this.a = a;
            this.nodeB = nodeB;
            this.engine = a.getBean(ProcessEngine.class);
            this.jdbc = a.getBean(JdbcTemplate.class);
            this.nodeA = "http://localhost:" + a.getEnvironment().getProperty("local.server.port");
        }

        /** Node A for even numbers, node B for odd ones. */
        String node(int i) {
            return i % 2 == 0 ? nodeA : nodeB.url();
        }

        TestRestTemplate rest(String node) {
            return new TestRestTemplate(new RestTemplateBuilder().rootUri(node));
        }
    }

    private record KilledNode(String at, List<String> orphans) {
        int orphanedJobs() {
            return orphans.size();
        }
    }
}
