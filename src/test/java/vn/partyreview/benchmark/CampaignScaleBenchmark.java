package vn.partyreview.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.partyreview.identity.InitialPasswords;
import vn.partyreview.importer.ImportResult;
import vn.partyreview.importer.ImportService;
import vn.partyreview.integrity.CampaignWalker;
import vn.partyreview.support.SignedIn;
import vn.partyreview.support.TasklistSession;

/**
 * Scale benchmark, run on demand (tag {@code benchmark}, never in {@code ./mvnw verify}; README "Benchmarks"): a
 * district of {@code bench.members} members in {@code bench.cells} cells is imported, the real campaign of each of
 * its wards (BenchmarkOrganization) is carried to final levels through the Java API with the job executor on (every task completed by a holder, the notices'
 * timers fired), Tasklist's two filters are timed over REST once every member has their first task, and then a bare
 * model of the same shape ({@link BaselineModel}) is driven the same way on the same database. Prints one
 * {@code BENCHMARK-RESULT} line and one {@code BENCHMARK-DETAIL} line. With {@code bench.fanoutOnly=true} it stops
 * once every member has their first task (the province run), without the baseline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
@Tag("benchmark")
class CampaignScaleBenchmark {

    private static final int MEMBERS = Integer.getInteger("bench.members", 5_000);
    private static final int CELLS = Integer.getInteger("bench.cells", 100);
    private static final int CELLS_PER_WARD = Integer.getInteger("bench.cellsPerWard", 2);
    private static final int THREADS = Integer.getInteger("bench.threads", 4);
    private static final boolean FANOUT_ONLY = Boolean.getBoolean("bench.fanoutOnly");
    private static final int MAX_MINUTES = Integer.getInteger("bench.maxMinutes", 0);
    private static final int CALLS = 20;
    private static final String CAMPAIGN = "campaign";
    /** Next year's campaign: its deadlines lie ahead, so the job executor fires no lateness timer on its own. */
    private static final int YEAR = LocalDate.now().getYear() + 1;
    private static final String FIRST_MEMBER_TASK = "Task_WriteSelfReview";
    private static final String BASELINE_USER = "bl-official";
    private static final String BASELINE_TENANT = "BL-TENANT";

    @Autowired
    ImportService importService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;

    private double fanoutSeconds = Double.NaN;
    private double[] groupTasks = {Double.NaN, Double.NaN};
    private double[] myTasks = {Double.NaN, Double.NaN};
    private long openTasks;
    private ServerWork work;
    private double[] cpuAtStart;

    @Test
    void aDistrictCampaignToFinalLevelsBesideABareEngine() throws Exception {
        String loadAtStart = load();
        BenchmarkOrganization district = BenchmarkOrganization.of(MEMBERS, CELLS, CELLS_PER_WARD);
        long start = System.nanoTime();
        ImportResult imported = importService.importCsv(district.tables(),
                InitialPasswords.fixed(BenchmarkOrganization.PASSWORD));
        assertThat(imported.errors()).isEmpty();
        double importSeconds = (System.nanoTime() - start) / 1e9;

        work = new ServerWork(jdbc);
        work.resetStatements();
        cpuAtStart = new double[] {ServerWork.appCpuSeconds(), work.databaseCpuSeconds()};
        DatabaseCounters campaignDatabase = new DatabaseCounters(jdbc);
        TaskDriver campaign = new TaskDriver(engine, null, THREADS, List.of("Timer_DraftCirculated"),
                campaignDatabase, this::continuationsDue);
        start = System.nanoTime();
        long campaignStarted = start;
        List<String> roots = new ArrayList<>();
        for (int ward = 0; ward < district.wards(); ward++) {
            String wardCode = district.ward(ward);
            roots.add(SignedIn.as(engine.getIdentityService(), "admin", () -> engine.getRuntimeService()
                    .startProcessInstanceByKey(CAMPAIGN, Map.of("year", YEAR,
                            "rootOrgCode", wardCode, "ruleSet", "QD132-2018"))).getId());
        }
        double startSeconds = (System.nanoTime() - start) / 1e9;
        CampaignWalker answers = new CampaignWalker(engine, rest, "BM");
        boolean ended = campaign.drive(answers::validAnswer, () -> finished(roots),
                () -> afterWave(district, campaign, startSeconds, campaignStarted));
        double wall = (System.nanoTime() - start) / 1e9;
        campaign.shutdown();
        assertThat(fanoutSeconds).as("every member has their first task").isNotNaN();
        String campaignEnd = ended ? "ended" : "stopped-or-stalled at " + stuckAt();
        double campaignRate = campaign.completed() / (campaign.timedSeconds() + startSeconds);
        System.out.println("BENCHMARK-VARIABLES " + variableWrites());

        double baselineRate = Double.NaN;
        String baselineDatabase = "n/a";
        int baselineTasks = 0;
        if (!FANOUT_ONLY) {
            BaselineModel shape = BaselineModel.of(jdbc, CAMPAIGN);
            System.out.print("BENCHMARK-BASELINE-SHAPE\n" + shape);
            DatabaseCounters counters = new DatabaseCounters(jdbc);
            TaskDriver bare = new TaskDriver(engine, BASELINE_TENANT, THREADS, List.of(), counters,
                    this::continuationsDue);
            String baselineRoot = deploy(shape);
            start = System.nanoTime();
            List<String> bareRoots = new ArrayList<>();
            for (int i = 0; i < shape.roots(); i++) {
                bareRoots.add(engine.getRuntimeService().startProcessInstanceByKey(baselineRoot).getId());
            }
            double bareStart = (System.nanoTime() - start) / 1e9;
            long bareStarted = System.nanoTime();
            bare.drive(TaskDriver::noAnswer, () -> finished(bareRoots), () -> withinTime(bareStarted, bare));
            bare.shutdown();
            baselineTasks = bare.completed();
            baselineRate = bare.completed() / (bare.timedSeconds() + bareStart);
            baselineDatabase = counters.perTask(bare.completed());
        }

        System.out.printf("BENCHMARK-RESULT members=%d cells=%d fanout_s=%.1f campaign_tasks_per_s=%.1f "
                        + "baseline_tasks_per_s=%s ratio=%s group_tasks_p95_ms=%.0f my_tasks_p95_ms=%.0f "
                        + "open_tasks=%d heap_mb=%d%n",
                district.members(), district.cells(), fanoutSeconds, campaignRate,
                Double.isNaN(baselineRate) ? "n/a" : "%.1f".formatted(baselineRate),
                Double.isNaN(baselineRate) ? "n/a" : "%.2f".formatted(campaignRate / baselineRate),
                groupTasks[1], myTasks[1], openTasks, campaign.peakHeapMb());
        System.out.printf("BENCHMARK-DETAIL date=%s load_start=[%s] load_end=[%s] threads=%d wards=%d import_s=%.1f "
                        + "campaign_tasks=%d conflicts=%d campaign_timed_s=%.1f campaign_wall_s=%.1f waves=%d baseline_tasks=%d "
                        + "group_tasks_median_ms=%.0f my_tasks_median_ms=%.0f campaign=%s%n"
                        + "BENCHMARK-DB campaign %s%nBENCHMARK-DB baseline %s%n",
                OffsetDateTime.now(), loadAtStart, load(), THREADS, district.wards(), importSeconds,
                campaign.completed(), campaign.conflicts(), campaign.timedSeconds(), wall, campaign.waves(), baselineTasks,
                groupTasks[0], myTasks[0], campaignEnd, campaignDatabase.perTask(campaign.completed()), baselineDatabase);
        System.out.printf("BENCHMARK-DB-MEMBER members=%d %s%n", district.members(),
                campaignDatabase.perMember(district.members()));
    }

    /** Progress, and whether {@code bench.maxMinutes} (0: no limit) allows another wave. */
    private static boolean withinTime(long startedNanos, TaskDriver driver) {
        System.out.printf("BENCHMARK-PROGRESS wave=%d tasks=%d timed_s=%.1f wall_s=%.1f load=[%s]%n", driver.waves(),
                driver.completed(), driver.timedSeconds(), (System.nanoTime() - startedNanos) / 1e9, load());
        return MAX_MINUTES == 0 || System.nanoTime() - startedNanos < MAX_MINUTES * 60e9;
    }

    /** Once every member has their first task: the fan-out time and Tasklist's filters at that many open tasks. */
    private boolean afterWave(BenchmarkOrganization district, TaskDriver campaign, double startSeconds,
                              long startedNanos) {
        long reached = Double.isNaN(fanoutSeconds) ? engine.getHistoryService().createHistoricTaskInstanceQuery()
                .taskDefinitionKey(FIRST_MEMBER_TASK).count() : district.members();
        if (!withinTime(startedNanos, campaign)) {
            if (Double.isNaN(fanoutSeconds)) {
                double seconds = startSeconds + campaign.timedSeconds();
                System.out.printf("BENCHMARK-FANOUT-PARTIAL members_reached=%d of %d in %.1f s (%.1f members/s) "
                        + "%s load=[%s]%n", reached, district.members(), seconds, reached / seconds, cpu(reached),
                        load());
            }
            return false;
        }
        if (Double.isNaN(fanoutSeconds) && reached >= district.members()) {
            fanoutSeconds = startSeconds + campaign.timedSeconds();
            String cpu = cpu(reached);
            openTasks = engine.getTaskService().createTaskQuery().count();
            String group = filter("Việc của nhóm tôi");
            String mine = filter("Việc của tôi");
            double[] groupOverRest = timeRestFilter(district.cellSecretary(0, 0), group);
            double[] mineOverRest = timeRestFilter(district.plainMember(0, 0), mine);
            groupTasks = timeTasklistFilter(district.cellSecretary(0, 0), group);
            myTasks = timeTasklistFilter(district.plainMember(0, 0), mine);
            System.out.printf("BENCHMARK-FILTERS open_tasks=%d tasklist_group_ms=%.0f/%.0f tasklist_mine_ms=%.0f/%.0f"
                    + " rest_group_ms=%.0f/%.0f rest_mine_ms=%.0f/%.0f (median/p95)%n", openTasks, groupTasks[0],
                    groupTasks[1], myTasks[0], myTasks[1], groupOverRest[0], groupOverRest[1], mineOverRest[0],
                    mineOverRest[1]);
            System.out.printf("BENCHMARK-FANOUT fanout_s=%.1f open_tasks=%d group_tasks_p95_ms=%.0f "
                    + "my_tasks_p95_ms=%.0f %s load=[%s]%n", fanoutSeconds, openTasks, groupTasks[1], myTasks[1],
                    cpu, load());
            work.topStatements(8).forEach(line -> System.out.println("BENCHMARK-STATEMENT " + line));
            System.out.println("BENCHMARK-AUTH " + authorizationRows());
            explain("group", district.cellSecretary(0, 0), group);
            explain("mine", district.plainMember(0, 0), mine);
            return !FANOUT_ONLY;
        }
        return true;
    }

    /**
     * The authorization rows by resource type, and those granted on every resource ({@code '*'}): Tasklist's group
     * filter reads every {@code '*'} row of the task and process-definition types per candidate task.
     */
    private String authorizationRows() {
        return jdbc.queryForList("select resource_type_, count(*) n, count(*) filter (where resource_id_ = '*') any_"
                + " from act_ru_authorization group by resource_type_ order by n desc").stream()
                .map(row -> row.get("resource_type_") + ":" + row.get("n") + "(*" + row.get("any_") + ")").toList()
                .toString();
    }

    /**
     * Where the campaign's variable rows go: how many variables were created, and the 30 most often created by model
     * and name, the bare model's tenant left out. (Writes are no longer kept as detail rows: SecretBallotHistoryLevel.)
     */
    private String variableWrites() {
        // numbered names (ballotRowLevels_1, civilServantMonth01...) counted together, by the model that holds them
        String created = "select proc_def_key_ || ':' || regexp_replace(name_, '_?[0-9]+$', '#') as name_, "
                + "count(*) n from act_hi_varinst where tenant_id_ is distinct from ?"
                + " group by 1 order by n desc limit 30";
        Long total = jdbc.queryForObject("select count(*) from act_hi_varinst where tenant_id_ is distinct from ?",
                Long.class, BASELINE_TENANT);
        return "total=" + total + " created=" + jdbc.queryForList(created, BASELINE_TENANT).stream()
                .map(row -> row.get("name_") + "=" + row.get("n")).toList();
    }

    /** CPU seconds of the application and the database since the campaigns started, and per member reached. */
    private String cpu(long members) {
        double app = ServerWork.appCpuSeconds() - cpuAtStart[0];
        double database = work.databaseCpuSeconds() - cpuAtStart[1];
        return "app_cpu_s=%.1f db_cpu_s=%.1f cpu_ms_per_member=%.1f".formatted(app, database,
                (app + database) * 1000 / members);
    }

    /**
     * Plans of the SQL one call of Tasklist's filter page runs (list, count, embedded resources), written in full to
     * {@code target/benchmark/plans-<open tasks>.txt}; one line per select, slowest first.
     */
    private void explain(String name, String userId, String filterId) {
        TasklistSession session = TasklistSession.signIn(rest.getRootUri(), userId, BenchmarkOrganization.PASSWORD);
        List<QueryPlans.Plan> plans = QueryPlans.explain(jdbc, QueryPlans.capture(() ->
                session.filterPage(rest.getRootUri(), filterId)));
        StringBuilder text = new StringBuilder();
        plans.stream().sorted(java.util.Comparator.comparingDouble(QueryPlans.Plan::executionMillis).reversed())
                .forEach(plan -> {
                    System.out.printf("BENCHMARK-PLAN filter=%s open_tasks=%d statement=%s exec_ms=%.2f scans=%s%n",
                            name, openTasks, plan.statement(), plan.executionMillis(), scans(plan.plan()));
                    text.append("-- ").append(plan.statement()).append("\n").append(plan.sql()).append("\n")
                            .append(plan.plan()).append("\n\n");
                });
        try {
            Path file = Path.of("target", "benchmark", "plans-" + openTasks + "-" + name + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The plan's scan nodes, e.g. {@code [Seq Scan on act_ru_task res, Index Scan using ... on act_ru_identitylink]}. */
    private static List<String> scans(String plan) {
        return plan.lines().map(String::strip).map(line -> line.replaceFirst("^-> *", ""))
                .filter(line -> line.matches("^(Parallel )?(Seq Scan|Index Scan|Index Only Scan|Bitmap Index Scan|Bitmap Heap Scan).*"))
                .map(line -> line.replaceFirst("  \\(cost.*", "")).toList();
    }

    /** Whether a continuation (message job) is due and not failed, as the job executor's acquisition sees it. */
    private boolean continuationsDue() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from act_ru_job where type_ = 'message'"
                + " and retries_ > 0 and (duedate_ is null or duedate_ <= ?) and suspension_state_ = 1)",
                Boolean.class, new java.sql.Timestamp(System.currentTimeMillis())));
    }

    private boolean finished(List<String> roots) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceIds(new HashSet<>(roots)).finished().count() == roots.size();
    }

    private String stuckAt() {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().unfinished().listPage(0, 20).stream()
                .map(activity -> activity.getProcessDefinitionKey() + ":" + activity.getActivityId()).toList()
                + " groups " + jdbc.queryForList("select * from decision_group") + " requests "
                + jdbc.queryForList("select * from decision_request") + " sessions " + jdbc.queryForList(
                "select id_, business_key_, end_act_id_, state_ from act_hi_procinst where proc_def_key_ = "
                        + "'decisionSession'");
    }

    /** The bare models, in a tenant of their own, worked by one official holding their candidate group. */
    private String deploy(BaselineModel shape) {
        IdentityService identity = engine.getIdentityService();
        User user = identity.newUser(BASELINE_USER);
        user.setPassword(BenchmarkOrganization.PASSWORD);
        identity.saveUser(user);
        Group group = identity.newGroup(BaselineModel.GROUP);
        identity.saveGroup(group);
        identity.createMembership(BASELINE_USER, BaselineModel.GROUP);
        Tenant tenant = identity.newTenant(BASELINE_TENANT);
        identity.saveTenant(tenant);
        identity.createTenantUserMembership(BASELINE_TENANT, BASELINE_USER);
        RepositoryService repository = engine.getRepositoryService();
        DeploymentBuilder deployment = repository.createDeployment().name("baseline").tenantId(BASELINE_TENANT);
        List<BpmnModelInstance> models = shape.models();
        for (int i = 0; i < models.size(); i++) {
            deployment.addModelInstance("baseline-" + i + ".bpmn", models.get(i));
        }
        deployment.deploy();
        return shape.rootKey();
    }

    private String filter(String name) {
        return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
    }

    /**
     * Median and 95th percentile in ms of Tasklist's own call for one filter's first page (signed in, HAL with the
     * count, newest first): what an official waits for. The signed-in session keeps the user's groups and tenants, so
     * the call does not look them up again.
     */
    private double[] timeTasklistFilter(String userId, String filterId) {
        TasklistSession session = TasklistSession.signIn(rest.getRootUri(), userId, BenchmarkOrganization.PASSWORD);
        return percentiles(() -> {
            java.net.http.HttpResponse<String> page = session.filterPage(rest.getRootUri(), filterId);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        });
    }

    /**
     * The same page over the engine's REST API with HTTP basic authentication, list and count, as an API client
     * calls it: each call checks the password and looks the user's groups and tenants up again.
     */
    private double[] timeRestFilter(String userId, String filterId) {
        TestRestTemplate asUser = rest.withBasicAuth(userId, BenchmarkOrganization.PASSWORD);
        return percentiles(() -> {
            assertThat(asUser.getForEntity("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                    String.class).getStatusCode().is2xxSuccessful()).isTrue();
            assertThat(asUser.getForEntity("/engine-rest/filter/" + filterId + "/count", String.class)
                    .getStatusCode().is2xxSuccessful()).isTrue();
        });
    }

    private static double[] percentiles(Runnable call) {
        double[] millis = new double[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {millis[CALLS / 2], millis[(int) (CALLS * 0.95) - 1]};
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
