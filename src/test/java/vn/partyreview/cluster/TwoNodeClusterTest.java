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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import org.springframework.web.client.ResourceAccessException;
import vn.partyreview.PartyReviewApplication;
import vn.partyreview.ballot.BallotScenario;
import vn.partyreview.ballot.SecretBallot;
import vn.partyreview.identity.IdentityProvisioning;
import vn.partyreview.integrity.CampaignWalker;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.support.AtOnce;
import vn.partyreview.support.TasklistSession;
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
    /** Submissions through node B that leave a job, to catch it holding the job's lock; then it is killed anyway. */
    private static final int KILL_TRIES = 5;
    private static final long WATCH_NANOS = Duration.ofSeconds(2).toNanos();
    private static final String ADMIN_PASSWORD = "test-admin-Secret-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static long started;
    private static ConfigurableApplicationContext nodeA;
    private static NodeProcess nodeB;
    private static Cluster cluster;
    private static Integer refused;
    private static int sentAgain;

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
        // which node's executor takes a continuation is a race (a quiet machine may give all 50 to one node):
        // that both run jobs is asserted over the class, after the campaign below
        assertThat(ballotJobs.values().stream().mapToInt(Integer::intValue).sum()).as("continuations done")
                .isGreaterThanOrEqualTo(VOTERS);
        System.out.printf("CLUSTER-RESULT nodes=2 voters=%d tally_exact=true double_votes_refused=%d "
                        + "jobs_by_node=%s seconds=%d%n", VOTERS, refused, ballotJobs,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    @Test
    @Order(2)
    void theSurvivingNodeFinishesTheCampaignAfterTheOtherIsKilled() throws Exception {
        long start = System.nanoTime();
        KilledNode killed = campaignSurvivingANodeKill(cluster);
        assertThat(successfulJobsByNode(cluster.jdbc)).as("jobs done per node, ballot and campaign")
                .containsKeys("node-a", "node-b");
        System.out.printf("CLUSTER-RESULT killed_node=node-b killed_after_task=%d caught_at_work=%s orphaned_jobs=%d "
                        + "completed_by=node-a tasks=%d subjects_decided=%d jobs_by_node=%s seconds=%d "
                        + "seconds_after_kill=%d sent_again_after_conflict=%d%n", killed.afterTask(),
                killed.caughtAtWork(), killed.orphans().size(), killed.tasks(), killed.subjectsDecided(),
                successfulJobsByNode(cluster.jdbc), Duration.ofNanos(System.nanoTime() - start).toSeconds(),
                Duration.ofNanos(System.nanoTime() - killed.nanos()).toSeconds(), sentAgain);
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
        Killing killing = new Killing(cluster, ownerA);
        KilledNode killed = null;
        int completed = 0;
        int tries = 0;
        for (Task task = next(walker, campaign, cluster); task != null; task = next(walker, campaign, cluster)) {
            String holder = walker.holderOf(task);
            Map<String, Object> answer = walker.validAnswer(task);
            if (killed == null && completed >= KILL_AFTER_TASKS && continuedAsynchronously(cluster, task)) {
                balancer.sendNextTo(cluster.nodeB.url());
                boolean lastTry = ++tries == KILL_TRIES;
                Task taken = task;
                boolean dead = killing.submitThenKill(() -> sentAgainIfUpdatedMeanwhile(
                        () -> walker.submit(holder, taken, answer)), taken, lastTry);
                completed++;
                if (dead) {
                    balancer.takeOut(cluster.nodeB.url());
                    killed = killing.result(completed);
                }
                continue;
            }
            Task taken = task;
            ResponseEntity<String> done = sentAgainIfUpdatedMeanwhile(() -> walker.submit(holder, taken, answer));
            assertThat(done.getStatusCode().value()).as("%s by %s: %s", task.getName(), holder, done.getBody())
                    .isEqualTo(204);
            completed++;
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
        assertThat(cluster.jdbc.queryForList("select id_ from act_ru_job where retries_ = 0", String.class))
                .as("jobs whose retries ran out").isEmpty();
        String campaignId = (String) cluster.engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(campaign).variableName("campaignId").singleResult().getValue();
        TestRestTemplate admin = cluster.rest(cluster.nodeA).withBasicAuth("admin", ADMIN_PASSWORD);
        ResultsContract.over(admin).check(campaignId);
        List<String> statuses = new ArrayList<>();
        JSON.readTree(admin.getForObject("/api/campaigns/" + campaignId + "/results", String.class)).forEach(row ->
                statuses.add(row.path("subjectCode").asText() + "=" + row.path("status").asText()));
        // every subject decided but the exempt veteran, whom the campaign does not review
        assertThat(statuses).as("results").contains("CLU04=NOT_REVIEWED")
                .filteredOn(status -> !status.equals("CLU04=NOT_REVIEWED")).isNotEmpty()
                .allMatch(status -> status.endsWith("=DECIDED"));
        ResponseEntity<byte[]> dossier = cluster.rest(cluster.nodeA).withBasicAuth(walker.user("distsec"),
                CampaignWalker.PASSWORD).getForEntity("/api/campaigns/" + campaignId
                + "/documents/sent.zip?org=DU-CLU", byte[].class);
        assertThat(dossier.getStatusCode().value()).as("the ward's dossier as sent").isEqualTo(200);
        assertThat(dossier.getBody()).as("a ZIP").startsWith((byte) 'P', (byte) 'K');
        return killed.with(completed, (int) statuses.stream().filter(status -> status.endsWith("=DECIDED"))
                .count());
    }

    /**
     * As an official would: a submission refused with 409 because the engine's own work (a job executor locking the
     * task's due timer) updated the process at the same moment changed nothing and is sent again; counted.
     */
    private static ResponseEntity<String> sentAgainIfUpdatedMeanwhile(Callable<ResponseEntity<String>> submit)
            throws Exception {
        ResponseEntity<String> answer = submit.call();
        for (int again = 0; again < 3 && answer.getStatusCode().value() == 409
                && answer.getBody().contains("OptimisticLockingException"); again++) {
            sentAgain++;
            answer = submit.call();
        }
        return answer;
    }

    /** A task whose completion leaves a job (asyncAfter), which the node that took it starts at once. */
    private static boolean continuedAsynchronously(Cluster cluster, Task task) {
        return cluster.engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
                .<UserTask>getModelElementById(task.getTaskDefinitionKey()).isCamundaAsyncAfter();
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

    /**
     * Node B's death right after it took a submission: at the first job lock of node B seen once the submission is
     * in the database (caught at work, its jobs orphaned until their locks expire), else on the last try right after
     * the answer. A kill that catches the node still answering loses the answer, not the submission.
     */
    private static final class Killing {
        private final Cluster cluster;
        private final String ownerA;
        private boolean caughtAtWork;
        private List<String> orphans = List.of();
        private long nanos;

        Killing(Cluster cluster, String ownerA) {
            this.cluster = cluster;
            this.ownerA = ownerA;
        }

        /** Returns whether node B is dead. */
        boolean submitThenKill(Callable<ResponseEntity<String>> submit, Task task, boolean lastTry) throws Exception {
            AtomicLong answeredAt = new AtomicLong();
            ExecutorService watcher = Executors.newSingleThreadExecutor();
            try {
                Future<Boolean> caught = watcher.submit(() -> {
                    while (answeredAt.get() == 0 || System.nanoTime() - answeredAt.get() < WATCH_NANOS) {
                        if (lockedByNodeBAfter(task)) {
                            kill();
                            return true;
                        }
                        Thread.sleep(2);
                    }
                    return false;
                });
                try {
                    ResponseEntity<String> done = submit.call();
                    assertThat(done.getStatusCode().value()).as("%s: %s", task.getName(), done.getBody())
                            .isEqualTo(204);
                } catch (ResourceAccessException answerLost) {
                    assertThat(cluster.nodeB.isAlive()).as("no answer from the live node B: %s", answerLost)
                            .isFalse();
                } finally {
                    answeredAt.set(System.nanoTime());
                }
                caughtAtWork = caught.get();
            } finally {
                watcher.shutdownNow();
            }
            assertThat(cluster.engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
                    .as("the submission node B took (%s)", task.getName()).isZero();
            if (!caughtAtWork && lastTry) {
                kill();
            }
            return !cluster.nodeB.isAlive();
        }

        /** A job locked by node B once the submitted task is done, i.e. the submission committed. */
        private boolean lockedByNodeBAfter(Task task) {
            return cluster.jdbc.queryForObject("select count(*) from act_ru_job where lock_owner_ <> ? and not exists"
                    + " (select 1 from act_ru_task where id_ = ?)", Integer.class, ownerA, task.getId()) > 0;
        }

        private void kill() throws InterruptedException {
            cluster.nodeB.kill();
            nanos = System.nanoTime();
            orphans = cluster.jdbc.queryForList("select id_ from act_ru_job where lock_owner_ is not null "
                    + "and lock_owner_ <> ?", String.class, ownerA);
        }

        KilledNode result(int afterTask) {
            return new KilledNode(afterTask, caughtAtWork, orphans, nanos, 0, 0);
        }
    }

    private record KilledNode(int afterTask, boolean caughtAtWork, List<String> orphans, long nanos, int tasks,
                              int subjectsDecided) {
        KilledNode with(int allTasks, int decided) {
            return new KilledNode(afterTask, caughtAtWork, orphans, nanos, allTasks, decided);
        }
    }
}
