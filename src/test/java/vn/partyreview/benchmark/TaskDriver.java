package vn.partyreview.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Drives process instances to their end in waves, as officials and the job executor would: every open task is
 * completed through the Java API by a user who holds it (its assignee, else a member of a candidate group), signed
 * in with their groups and tenants; the job executor runs the continuations; when nothing is left but a notice
 * timer, the timer fires. Only the completions and the wait for the job executor are timed: finding the tasks,
 * their holders and answers (the harness's own work) is not.
 */
final class TaskDriver {

    private static final int PAGE = 2_000;
    private static final long POLL_MILLIS = 100;

    private final ProcessEngine engine;
    private final String tenant;
    private final ExecutorService officials;
    private final Map<String, String> holderOfGroup = new ConcurrentHashMap<>();
    private final Map<String, SignIn> signIns = new ConcurrentHashMap<>();
    private final List<String> firedTimers;
    private final DatabaseCounters counters;
    private final BooleanSupplier jobsDue;
    private long timedNanos;
    private int completed;
    private int waves;
    private long peakHeap;
    private final AtomicInteger conflicts = new AtomicInteger();

    /** Who signs in for one user: their groups and tenants, read once. */
    private record SignIn(String userId, List<String> groups, List<String> tenants) {
    }

    /** @param tenant the tenant whose tasks are driven, or null for every task */
    TaskDriver(ProcessEngine engine, String tenant, int threads, List<String> firedTimers, DatabaseCounters counters,
               BooleanSupplier jobsDue) {
        this.engine = engine;
        this.jobsDue = jobsDue;
        this.tenant = tenant;
        this.officials = Executors.newFixedThreadPool(threads);
        this.firedTimers = firedTimers;
        this.counters = counters;
    }

    /**
     * Runs waves until {@code done} says so or nothing is left; {@code afterWave} may look (untimed) and stop early.
     *
     * @return whether the work ended because {@code done} said so
     */
    boolean drive(Function<Task, Map<String, Object>> answers, BooleanSupplier done, BooleanSupplier afterWave)
            throws Exception {
        timed(this::awaitJobs);
        while (!done.getAsBoolean()) {
            List<Task> tasks = openTasks();
            waves++;
            peakHeap = Math.max(peakHeap, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
            if (tasks.isEmpty() && !fireTimers()) {
                return false;
            }
            completeAll(tasks, answers);
            if (!afterWave.getAsBoolean()) {
                return false;
            }
        }
        return true;
    }

    double timedSeconds() {
        return timedNanos / 1e9;
    }

    int completed() {
        return completed;
    }

    /** Completions refused because the instance had moved meanwhile (tried again). */
    int conflicts() {
        return conflicts.get();
    }

    int waves() {
        return waves;
    }

    long peakHeapMb() {
        return peakHeap / (1024 * 1024);
    }

    void shutdown() {
        officials.shutdownNow();
    }

    private List<Task> openTasks() {
        TaskService tasks = engine.getTaskService();
        List<Task> open = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            TaskQuery query = tasks.createTaskQuery().active();
            List<Task> page = (tenant == null ? query : query.tenantIdIn(tenant)).orderByTaskId().asc()
                    .listPage(first, PAGE);
            open.addAll(page);
            if (page.size() < PAGE) {
                return open;
            }
        }
    }

    /** Holders and answers first (untimed, in parallel), then every instance's tasks by one official each (timed). */
    private void completeAll(List<Task> tasks, Function<Task, Map<String, Object>> answers) throws Exception {
        Map<String, List<Task>> byInstance = new LinkedHashMap<>();
        tasks.forEach(task -> byInstance.computeIfAbsent(task.getProcessInstanceId(), id -> new ArrayList<>())
                .add(task));
        Map<String, Map<String, Object>> answerOf = new ConcurrentHashMap<>();
        Map<String, SignIn> holderOf = new ConcurrentHashMap<>();
        runAll(tasks.stream().<Runnable>map(task -> () -> {
            holderOf.put(task.getId(), signIn(holder(task)));
            answerOf.put(task.getId(), answers.apply(task));
        }).toList());

        AtomicInteger done = new AtomicInteger();
        timed(() -> {
            runAll(byInstance.values().stream().<Runnable>map(instanceTasks -> () -> {
                for (Task task : instanceTasks) {
                    if (complete(task, holderOf.get(task.getId()), answerOf.get(task.getId()))) {
                        done.incrementAndGet();
                    }
                }
            }).toList());
            awaitJobs();
        });
        completed += done.get();
    }

    /** Completes the task; when the job executor keeps moving its instance, the next wave takes it again. */
    private boolean complete(Task task, SignIn holder, Map<String, Object> answer) {
        IdentityService identity = engine.getIdentityService();
        for (int attempt = 1; attempt <= 10; attempt++) {
            identity.setAuthentication(holder.userId(), holder.groups(), holder.tenants());
            try {
                engine.getTaskService().complete(task.getId(), answer);
                return true;
            } catch (OptimisticLockingException | ProcessEnginePersistenceException e) {
                // the job executor moved the same instance meanwhile (PostgreSQL may answer with a foreign key
                // violation instead of a stale version): try again a little later, as Tasklist's user would
                conflicts.incrementAndGet();
                pause(20L * attempt);
            } catch (RuntimeException e) {
                throw new IllegalStateException("%s (%s, tenant %s) by %s".formatted(task.getName(),
                        task.getTaskDefinitionKey(), task.getTenantId(), holder), e);
            } finally {
                identity.clearAuthentication();
            }
        }
        return false;
    }

    /** The notice of the drafts (three working days) has passed: each waiting timer fires. */
    private boolean fireTimers() throws Exception {
        ManagementService management = engine.getManagementService();
        List<Job> due = new ArrayList<>();
        for (String timer : firedTimers) {
            due.addAll(management.createJobQuery().timers().activityId(timer).list());
        }
        if (due.isEmpty()) {
            return false;
        }
        timed(() -> {
            runAll(due.stream().<Runnable>map(job -> () -> management.executeJob(job.getId())).toList());
            awaitJobs();
        });
        return true;
    }

    /**
     * Until the job executor has run every due continuation; a failed job stops the run with its stack trace.
     * {@code jobsDue} asks the database whether one due continuation exists: the engine's job query (count, or a
     * page of one) sorts every job first, and ten such polls a second were the database's largest single cost in
     * a fan-out (6–10 ms a call at 2,000 jobs, pg_stat_statements).
     */
    private void awaitJobs() {
        ManagementService management = engine.getManagementService();
        while (jobsDue.getAsBoolean()) {
            counters.polled();
            failOnFailedJob(management);
            pause(POLL_MILLIS);
        }
        failOnFailedJob(management);
    }

    private static void failOnFailedJob(ManagementService management) {
        List<Job> failed = management.createJobQuery().noRetriesLeft().listPage(0, 1);
        if (!failed.isEmpty()) {
            throw new IllegalStateException("A job failed: " + management.getJobExceptionStacktrace(
                    failed.get(0).getId()));
        }
    }

    private void timed(ThrowingRunnable work) throws Exception {
        counters.resume();
        long start = System.nanoTime();
        try {
            work.run();
        } finally {
            timedNanos += System.nanoTime() - start;
            counters.pause();
        }
    }

    private void runAll(List<Runnable> work) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        work.forEach(item -> futures.add(officials.submit(item)));
        for (Future<?> future : futures) {
            future.get();
        }
    }

    private String holder(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (link.getUserId() != null) {
                    return link.getUserId();
                }
                String user = holderOfGroup.computeIfAbsent(link.getGroupId(), this::aMemberOf);
                if (!user.isEmpty()) {
                    return user;
                }
            }
        }
        throw new IllegalStateException("Nobody holds " + task.getName() + " (" + task.getTaskDefinitionKey() + ")");
    }

    private String aMemberOf(String group) {
        List<User> users = engine.getIdentityService().createUserQuery().memberOfGroup(group).orderByUserId().asc()
                .listPage(0, 1);
        return users.isEmpty() ? "" : users.get(0).getId();
    }

    private SignIn signIn(String userId) {
        return signIns.computeIfAbsent(userId, id -> {
            IdentityService identity = engine.getIdentityService();
            List<String> groups = identity.createGroupQuery().groupMember(id).list().stream().map(Group::getId)
                    .toList();
            List<String> tenants = identity.createTenantQuery().userMember(id).includingGroupsOfUser(true).list()
                    .stream().map(Tenant::getId).toList();
            return new SignIn(id, groups, tenants);
        });
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    static Map<String, Object> noAnswer(Task task) {
        return new HashMap<>();
    }
}
