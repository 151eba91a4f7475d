package vn.partyreview.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UriUtils;

/**
 * The guard in front of the engine's REST API, both {@code /engine-rest} (HTTP Basic, after Camunda's authentication
 * filter) and the webapps' {@code /camunda/api/engine} (Tasklist, Cockpit; the webapp session), and of the webapps'
 * Cockpit and Tasklist plugin APIs. Administrators pass unchanged. For everyone else: completions and starts only
 * with the fields of the deployed form (400 naming each refused field), taking a task only for oneself, and no other
 * write (403). Submitted values are never logged.
 */
final class SubmissionGuardFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionGuardFilter.class);

    /** Far above any form's text (4000 characters a field): a larger body is refused unread. */
    private static final int MAX_BODY = 1024 * 1024;

    private final ProcessEngine engine;
    private final FormBoundSubmissions submissions;
    private final List<ApiRoot> roots;

    SubmissionGuardFilter(ProcessEngine engine, FormBoundSubmissions submissions, List<ApiRoot> roots) {
        this.engine = engine;
        this.submissions = submissions;
        this.roots = roots;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        ApiRoot.Target target = roots.stream().map(root -> root.target(path)).filter(t -> t != null).findFirst()
                .orElse(null);
        if (target == null || "GET".equals(request.getMethod()) || !addressesThisEngine(target)) {
            chain.doFilter(request, response);
            return;
        }
        EngineCall call = target.root().plugin()
                ? EngineWritePolicy.pluginCall(request.getMethod(), decoded(target.relativePath()))
                : EngineWritePolicy.engineCall(request.getMethod(), decoded(target.relativePath()));
        Authentication caller = target.root().caller(request, engine);
        if (caller == null || isAdministrator(caller)) {
            // no caller: the engine's or the webapp's own authentication answers 401
            if (caller != null && call.kind() == EngineCall.Kind.TASK_SUBMISSION) {
                completeOnce(request, response, chain, call.target());
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        switch (call.kind()) {
            case READ, ALLOWED -> chain.doFilter(request, response);
            case FORBIDDEN -> refuse(response, Verdict.forbidden(Refusals.NOT_ALLOWED));
            case TAKE_TASK, TASK_SUBMISSION, START_SUBMISSION -> checkBody(request, response, chain, caller, call);
        }
    }

    private void checkBody(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                           Authentication caller, EngineCall call) throws IOException, ServletException {
        byte[] body = readBody(request);
        if (body == null) {
            refuse(response, Verdict.invalid(List.of(new FieldError(SubmissionBody.BODY,
                    "Nội dung gửi lên quá lớn."))));
            return;
        }
        Verdict verdict = switch (call.kind()) {
            case TAKE_TASK -> !takesForOneself(caller, body) ? Verdict.forbidden(Refusals.NOT_FOR_OTHERS)
                    : submissions.taskExists(call.target()) ? Verdict.PASS : Verdict.NOT_FOUND;
            case TASK_SUBMISSION -> judgeSubmission(caller, call.target(), body);
            default -> submissions.startProcess(caller, call.target(), body);
        };
        if (verdict == null) {
            LOG.info("Refused a second submission of task {}: already completed", call.target());
            Refusals.alreadyCompleted(response);
            return;
        }
        if (verdict.outcome() == Verdict.Outcome.PASS && call.kind() == EngineCall.Kind.TASK_SUBMISSION) {
            completeOnce(new CachedBodyRequest(request, body), response, chain, call.target());
        } else if (verdict.outcome() == Verdict.Outcome.PASS) {
            chain.doFilter(new CachedBodyRequest(request, body), response);
        } else {
            LOG.info("Refused {} {} of {}: {} field(s) refused", call.endpoint(), call.target(), caller.getUserId(),
                    verdict.errors().size());
            refuse(response, verdict);
        }
    }

    /**
     * The verdict on a task submission, or {@code null} when the task was completed by another submission while
     * this one was being judged (the engine then fails reading its form).
     */
    private Verdict judgeSubmission(Authentication caller, String taskId, byte[] body) {
        try {
            return submissions.completeTask(caller, taskId, body);
        } catch (RuntimeException failed) {
            if (submissions.taskExists(taskId)) {
                throw failed;
            }
            return null;
        }
    }

    /**
     * A task submitted twice at once (a double click, or two nodes) passes the checks twice; the engine then fails
     * the later one with a server error ("Cannot find task", or an optimistic locking conflict) after the first has
     * completed the task, its own transaction rolled back, or with a refusal (the task's authorizations went with it).
     * That is the user's race, not a fault: 409 in Vietnamese.
     * So is a conflict with the engine's own work on the same process (a job executor locking the task's due timer
     * as it is completed): the task stays open, nothing changed, and the official may send it again.
     */
    private void completeOnce(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                              String taskId) throws IOException, ServletException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        boolean concurrentUpdate = false;
        try {
            chain.doFilter(request, held);
        } catch (ServletException | RuntimeException failed) {
            // the webapps' API lets some engine failures escape as exceptions instead of an error answer
            concurrentUpdate = EngineConflicts.concurrentUpdate(failed);
            if (response.isCommitted() || submissions.taskExists(taskId) && !concurrentUpdate) {
                throw failed;
            }
            held.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
        if (failedByRace(held.getStatus()) && !response.isCommitted()) {
            if (!submissions.taskExists(taskId)) {
                LOG.info("Refused a second submission of task {}: already completed", taskId);
                response.resetBuffer();
                Refusals.alreadyCompleted(response);
                return;
            }
            if (concurrentUpdate || EngineConflicts.concurrentUpdate(held.getContentAsByteArray())) {
                LOG.info("Refused a submission of task {}: the engine's own work updated its process meanwhile",
                        taskId);
                response.resetBuffer();
                Refusals.updatedMeanwhile(response);
                return;
            }
        }
        held.copyBodyToResponse();
    }

    /**
     * A server error, or a refusal of the task's authorization: the engine deletes a task's authorizations with it,
     * so the later of two simultaneous submissions may find the task but no longer the right to work on it.
     */
    private static boolean failedByRace(int status) {
        return status >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR || status == HttpServletResponse.SC_FORBIDDEN;
    }

    /** No name is the default engine (this one); a name of no engine here is left to the engine API to answer. */
    private boolean addressesThisEngine(ApiRoot.Target target) {
        String name = target.engineName();
        return name == null || name.isEmpty() || engine.getName().equals(name);
    }

    /** Tasklist's "claim" and "set assignee to me": {@code {"userId": <the caller>}}. */
    private static boolean takesForOneself(Authentication caller, byte[] body) {
        try {
            JsonNode json = JsValues.JSON.readTree(body);
            return json != null && json.path("userId").isTextual()
                    && caller.getUserId().equals(json.path("userId").asText());
        } catch (IOException malformed) {
            return false;
        }
    }

    private boolean isAdministrator(Authentication caller) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        List<String> adminGroups = configuration.getAdminGroups() == null ? List.of()
                : configuration.getAdminGroups();
        List<String> adminUsers = configuration.getAdminUsers() == null ? List.of() : configuration.getAdminUsers();
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        return adminUsers.contains(caller.getUserId()) || groups.stream().anyMatch(Set.copyOf(adminGroups)::contains);
    }

    private static void refuse(HttpServletResponse response, Verdict verdict) throws IOException {
        if (verdict.outcome() == Verdict.Outcome.INVALID) {
            Refusals.invalid(response, verdict.errors());
        } else if (verdict.outcome() == Verdict.Outcome.NOT_FOUND) {
            Refusals.notFound(response);
        } else {
            Refusals.forbidden(response, verdict.reason());
        }
    }

    private static byte[] readBody(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? null : body;
        }
    }

    /** Path segments as JAX-RS decodes them ({@code %XX} only); a path with parameters or dots is never allowed. */
    private static String decoded(String relativePath) {
        if (relativePath.contains(";")) {
            return ";";
        }
        String path = relativePath.endsWith("/") ? relativePath.substring(0, relativePath.length() - 1)
                : relativePath;
        return UriUtils.decode(path, StandardCharsets.UTF_8);
    }
}
