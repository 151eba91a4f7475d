package vn.partyreview.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.partyreview.identity.GroupRole;

/**
 * A cell holding a secret ballot in the running application: its members and chair as Camunda users, the ballot
 * started as a caller would, and casts sent over {@code /engine-rest} exactly as Tasklist or a REST client sends them.
 */
public final class BallotScenario {

    public static final String PASSWORD = "ballot-Voter-Secret-1";
    static final String DEADLINE = "2099-12-15T17:00:00+07:00";

    /**
     * The two ways a voter completes the ballot task, each with the ballot form's fields: one row per subject, its
     * level posted as Tasklist posts a radio group (the only fields the form lets a voter send).
     */
    enum Route {
        SUBMIT_FORM_JSON("submit-form"),
        COMPLETE_JSON("complete");

        final String endpoint;

        Route(String endpoint) {
            this.endpoint = endpoint;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    final String organization;
    final String chair;
    public final List<String> voters;
    final List<String> subjects;
    private final Map<String, List<String>> allowedLevels = new LinkedHashMap<>();
    private final ProcessEngine engine;

    public BallotScenario(ProcessEngine engine, String organization, int voterCount, String... subjectIds) {
        this.engine = engine;
        this.organization = organization;
        this.chair = organization.toLowerCase() + "-chair";
        this.voters = IntStream.rangeClosed(1, voterCount)
                .mapToObj(i -> organization.toLowerCase() + "-voter-" + String.format("%02d", i)).toList();
        this.subjects = List.of(subjectIds);
    }

    String chairGroup() {
        return GroupRole.COMMITTEE.groupOf(organization);
    }

    /** Narrows the levels offered for a subject, as a decision session does below a ceiling. */
    BallotScenario allowing(String subject, String... levels) {
        allowedLevels.put(subject, List.of(levels));
        return this;
    }

    public BallotScenario provision() {
        IdentityService identity = engine.getIdentityService();
        group(identity, GroupRole.MEMBERS.groupOf(organization), "Đảng viên - Chi bộ " + organization);
        group(identity, chairGroup(), "Chi ủy - Chi bộ " + organization);
        user(identity, chair, "Trần Thị", "Bình", chairGroup());
        for (String voter : voters) {
            user(identity, voter, "Nguyễn Văn", voter.substring(voter.length() - 2), GroupRole.MEMBERS.groupOf(organization));
        }
        return this;
    }

    public String start() {
        return start(DEADLINE);
    }

    String start(String deadline) {
        List<Map<String, Object>> subjectRows = subjects.stream().map(id -> {
            Map<String, Object> row = new LinkedHashMap<>(Map.of("id", id, "name", "Đồng chí " + id.toUpperCase()));
            if (allowedLevels.containsKey(id)) {
                row.put("allowedLevels", allowedLevels.get(id));
            }
            return row;
        }).toList();
        return engine.getRuntimeService().startProcessInstanceByKey(SecretBallot.PROCESS_KEY, Variables.createVariables()
                .putValue(SecretBallot.TITLE, "Biểu quyết xếp loại đảng viên năm 2026 - Chi bộ " + organization)
                .putValue(SecretBallot.ORGANIZATION, organization)
                .putValueTyped(SecretBallot.SUBJECTS, SpinValues.jsonValue(json(subjectRows)).create())
                .putValueTyped(SecretBallot.VOTERS, SpinValues.jsonValue(json(voters)).create())
                .putValue(SecretBallot.CHAIR_GROUP, chairGroup())
                .putValue(SecretBallot.DEADLINE, deadline)).getId();
    }

    /**
     * The chair's roll call through submit-form, as Tasklist posts the roll-call form: one checklist of voters per
     * way of not being present; everyone else is present.
     */
    public void open(TestRestTemplate rest, String instanceId, Map<String, Attendance> absent) {
        Map<String, Object> checklists = new LinkedHashMap<>();
        for (Attendance attendance : Attendance.values()) {
            if (attendance != Attendance.PRESENT) {
                checklists.put(SecretBallot.ABSENCE_PREFIX + attendance.name(), absent.entrySet().stream()
                        .filter(entry -> entry.getValue() == attendance).map(Map.Entry::getKey).toList());
            }
        }
        ResponseEntity<String> answer = callTheRoll(rest, instanceId, checklists);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** The chair submits the roll call's absence checklists as Tasklist does. */
    ResponseEntity<String> callTheRoll(TestRestTemplate rest, String instanceId, Map<String, Object> checklists) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey("Task_OpenSession").singleResult();
        return post(rest, chair, task.getId(), "submit-form", checklists);
    }

    public String taskOf(String instanceId, String voter) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).taskAssignee(voter)
                .singleResult();
        return task == null ? null : task.getId();
    }

    ResponseEntity<String> cast(TestRestTemplate rest, String instanceId, String voter, Route route,
                                String... levels) {
        return castOnTask(rest, taskOf(instanceId, voter), voter, route, levels);
    }

    /**
     * One row per subject, {@code ballotSheet_n} holding the level's code as a String, as Tasklist posts a radio
     * group ({@code {"value": "HTTNV"}}); an empty level is sent as Tasklist sends an unanswered row, null.
     */
    ResponseEntity<String> castOnTask(TestRestTemplate rest, String taskId, String voter, Route route,
                                      String... levels) {
        Map<String, Object> rows = new LinkedHashMap<>();
        for (int i = 0; i < subjects.size(); i++) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("value", levels[i].isEmpty() ? null : levels[i]);
            rows.put(SecretBallot.SHEET_ROW_PREFIX + (i + 1), value);
        }
        return postVariables(rest, voter, taskId, route.endpoint, rows);
    }

    /** Runs the jobs the casts left (asyncAfter of each ballot task), as the job executor would. */
    void runJobs(String instanceId) {
        ManagementService management = engine.getManagementService();
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().processInstanceId(instanceId).executable().list()).isEmpty()) {
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    public String sessionId(String instanceId) {
        return (String) engine.getRuntimeService().getVariable(instanceId, SecretBallot.SESSION_ID);
    }

    /** Each list as Tasklist posts a checklist: {@code {"type": "Json", "value": "[...]"}}. */
    private static ResponseEntity<String> post(TestRestTemplate rest, String userId, String taskId, String endpoint,
                                               Map<String, Object> lists) {
        Map<String, Object> variables = new LinkedHashMap<>();
        lists.forEach((name, list) -> variables.put(name, Map.of("type", "Json", "value", json(list))));
        return postVariables(rest, userId, taskId, endpoint, variables);
    }

    private static ResponseEntity<String> postVariables(TestRestTemplate rest, String userId, String taskId,
                                                        String endpoint, Map<String, Object> variables) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = json(Map.of("variables", variables));
        return rest.withBasicAuth(userId, PASSWORD).exchange("/engine-rest/task/" + taskId + "/" + endpoint,
                HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private static void group(IdentityService identity, String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(GroupRole.GROUP_TYPE);
            identity.saveGroup(group);
        }
    }

    private static void user(IdentityService identity, String id, String familyNames, String givenName,
                             String groupId) {
        User user = identity.newUser(id);
        // as IdentityProvisioning stores names: family and middle names first, the given name last
        user.setFirstName(familyNames);
        user.setLastName(givenName);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, groupId);
    }

    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
