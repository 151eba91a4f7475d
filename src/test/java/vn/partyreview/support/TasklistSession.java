package vn.partyreview.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A Tasklist sign-in over HTTP, as the browser keeps it: the session cookie and the CSRF token the webapps require
 * on every write, sent to whichever node the load balancer picks.
 */
public final class TasklistSession {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SESSION_COOKIE = "JSESSIONID";
    private static final String CSRF_COOKIE = "XSRF-TOKEN";

    private String sessionId;
    private String csrfToken;

    private TasklistSession(String sessionId, String csrfToken) {
        this.sessionId = sessionId;
        this.csrfToken = csrfToken;
    }

    /** Opens Tasklist's page and signs in on the given node, as the login form and the page after it do. */
    public static TasklistSession signIn(String node, String user, String password) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(node + "/camunda/app/tasklist/default/")));
        TasklistSession session = new TasklistSession(cookie(page, SESSION_COOKIE).orElseThrow(),
                cookie(page, CSRF_COOKIE).orElseThrow());
        HttpResponse<String> signedIn = send(session.withCookies(HttpRequest.newBuilder(URI.create(
                        node + "/camunda/api/admin/auth/user/default/login/tasklist")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password))));
        if (signedIn.statusCode() != 200) {
            throw new IllegalStateException(user + " cannot sign in: " + signedIn.statusCode() + " " + signedIn.body());
        }
        session.update(signedIn);
        // as the page does next: asking who is signed in hands the renewed session its CSRF token
        session.user(node);
        return session;
    }

    /** Who the node takes this session for, as Tasklist asks on every page load; empty when not signed in there. */
    public Optional<String> user(String node) {
        HttpResponse<String> answer = send(withCookies(HttpRequest.newBuilder(URI.create(
                node + "/camunda/api/admin/auth/user/default"))));
        update(answer);
        if (answer.statusCode() != 200) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(answer.body()).path("userId").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tasklist's submission of a task form through the webapps' engine API (the form guard applies). */
    public HttpResponse<String> submitForm(String node, String taskId, String variablesJson) {
        return send(withCookies(HttpRequest.newBuilder(URI.create(
                        node + "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":" + variablesJson + "}")));
    }

    /**
     * Tasklist's call for a filter's first page, as its task list makes it: the webapps' engine API, HAL (the page
     * with its count and the tasks' embedded resources), newest first.
     */
    public HttpResponse<String> filterPage(String node, String filterId) {
        return send(withCookies(HttpRequest.newBuilder(URI.create(node + "/camunda/api/engine/engine/default/filter/"
                        + filterId + "/list?firstResult=0&maxResults=15")))
                .header("Content-Type", "application/json").header("Accept", "application/hal+json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"processVariables\":[],\"taskVariables\":[],"
                        + "\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}")));
    }

    private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
        return request.header("Cookie", SESSION_COOKIE + "=" + sessionId + "; " + CSRF_COOKIE + "=" + csrfToken)
                .header("X-XSRF-TOKEN", csrfToken);
    }

    /** The sign-in renews the session id (against fixation) and a new session gets a new CSRF token. */
    private synchronized void update(HttpResponse<String> answer) {
        cookie(answer, SESSION_COOKIE).ifPresent(id -> sessionId = id);
        cookie(answer, CSRF_COOKIE).ifPresent(token -> csrfToken = token);
    }

    private static Optional<String> cookie(HttpResponse<String> answer, String name) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
