package vn.partyreview.integrity;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SPEC I2: which engine REST calls a non-administrator may make. Reads pass (the engine's authorizations decide what
 * is seen); of the writes only completions and starts (bound to their forms), taking a task for oneself, giving it
 * back and commenting pass; every other write is refused. Paths are relative to one engine ({@code task/42/claim}).
 * Anything not recognised here is a refused write, so an unusual spelling of a path can only be refused.
 */
final class EngineWritePolicy {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** POST endpoints that only run a query (Tasklist's filters and lists, Cockpit's searches). */
    private static final List<Pattern> READ_QUERIES = patterns(
            "task(/count)?",
            "filter/[^/]+/(list|count|singleResult)",
            "(process-instance|execution|variable-instance|job|job-definition|external-task|group"
                    + "|case-instance|case-execution)(/count)?",
            "history/(activity-instance|case-instance|external-task-log|job-log|process-instance|task"
                    + "|variable-instance)(/count)?",
            "history/detail");

    private static final Pattern TASK_SUBMISSION = Pattern.compile("task/([^/]+)/(submit-form|complete|resolve)");
    private static final Pattern START_SUBMISSION = Pattern.compile(
            "process-definition/((?:key/[^/]+(?:/tenant-id/[^/]+)?)|[^/]+)/(submit-form|start)");
    private static final Pattern TAKE_TASK = Pattern.compile("task/([^/]+)/(claim|assignee)");
    private static final Pattern ALLOWED = Pattern.compile("task/[^/]+/(unclaim|comment/create)");

    /** Cockpit's and Tasklist's own plugin APIs: only Cockpit's base plugin queries are POSTs that read. */
    private static final List<Pattern> PLUGIN_READ_QUERIES = patterns(
            "plugin/base/[^/]+/(process-instance|incident)(/count)?",
            "plugin/base/[^/]+/process-instance/[^/]+/called-process-instances",
            "plugin/base/[^/]+/process-definition/[^/]+/called-process-definitions");

    private EngineWritePolicy() {
    }

    static EngineCall engineCall(String method, String path) {
        if (READ_METHODS.contains(method)) {
            return EngineCall.of(EngineCall.Kind.READ);
        }
        if (!"POST".equals(method)) {
            return EngineCall.of(EngineCall.Kind.FORBIDDEN);
        }
        if (READ_QUERIES.stream().anyMatch(p -> p.matcher(path).matches())) {
            return EngineCall.of(EngineCall.Kind.READ);
        }
        Matcher task = TASK_SUBMISSION.matcher(path);
        if (task.matches()) {
            return new EngineCall(EngineCall.Kind.TASK_SUBMISSION, task.group(1), task.group(2));
        }
        Matcher start = START_SUBMISSION.matcher(path);
        if (start.matches() && !start.group(1).equals("key")) {
            return new EngineCall(EngineCall.Kind.START_SUBMISSION, start.group(1), start.group(2));
        }
        Matcher take = TAKE_TASK.matcher(path);
        if (take.matches()) {
            return new EngineCall(EngineCall.Kind.TAKE_TASK, take.group(1), take.group(2));
        }
        if (ALLOWED.matcher(path).matches()) {
            return EngineCall.of(EngineCall.Kind.ALLOWED);
        }
        return EngineCall.of(EngineCall.Kind.FORBIDDEN);
    }

    static EngineCall pluginCall(String method, String path) {
        if (READ_METHODS.contains(method)
                || "POST".equals(method) && PLUGIN_READ_QUERIES.stream().anyMatch(p -> p.matcher(path).matches())) {
            return EngineCall.of(EngineCall.Kind.READ);
        }
        return EngineCall.of(EngineCall.Kind.FORBIDDEN);
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }
}
