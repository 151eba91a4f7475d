package vn.partyreview.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.partyreview.identity.IdentityProvisioning;
import vn.partyreview.identity.InitialPasswords;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.member.PositionRole;
import vn.partyreview.organization.BodyKind;
import vn.partyreview.organization.CellCategory;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationKind;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBody;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.support.CampaignInstances;

/**
 * A small ward's campaign walked task by task over the engine REST API, as officials submit in Tasklist: each task is
 * answered by a user who holds it with a valid answer built from its deployed form. The ward (DU-{code}) has one
 * cell with the ward secretary, the cell secretary (also ward office, inspection and supervisor), a deputy who leads
 * the ward UBND (transferred in this year, in temporary activity), and an exempt veteran; QU-{code} is the district above.
 */
public final class CampaignWalker {

    public static final String PASSWORD = "walk-Password-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine engine;
    private final TestRestTemplate rest;
    private final String code;
    private final String prefix;
    private boolean lateOnce;
    private boolean jobExecutorRuns;
    private String password = PASSWORD;

    public CampaignWalker(ProcessEngine engine, TestRestTemplate rest, String code) {
        this.engine = engine;
        this.rest = rest;
        this.code = code;
        this.prefix = code.toLowerCase();
    }

    /**
     * For nodes whose job executors run: the walker waits for the continuations to be done by them instead of running
     * them, and fires its timers only once none is left (a timer run beside a continuation would collide with it).
     */
    public CampaignWalker leavingContinuationsToTheJobExecutors() {
        this.jobExecutorRuns = true;
        return this;
    }

    /**
     * Every cell on time: the members' deadline is never fired, so each cell's first ballot round holds all its
     * members and the basic organisation decides them in one session.
     */
    public CampaignWalker onTime() {
        this.lateOnce = true;
        return this;
    }

    /** For users of other records than the walker's ward, e.g. the demo's (password {@code demo}). */
    public CampaignWalker signingInWith(String password) {
        this.password = password;
        return this;
    }

    /** The users of the ward: {@code user("wardsec")}, {@code user("sec")}, {@code user("mem")}, ... */
    public String user(String role) {
        return prefix + role;
    }

    public void createWard(OrganizationRepository organizations, PartyBodyRepository bodies, PartyMemberRepository members,
                    IdentityProvisioning provisioning) {
        LocalDate founded = LocalDate.of(2004, 1, 1);
        Organization district = organizations.save(new Organization("QU-" + code, "Đảng bộ quận " + code,
                OrganizationKind.DISTRICT_COMMITTEE, null, null, founded));
        Organization districtCell = organizations.save(new Organization("CB-" + code + "Q",
                "Chi bộ Cơ quan Quận ủy " + code, OrganizationKind.BASIC_CELL, CellCategory.OTHER, district, founded));
        Organization ward = organizations.save(new Organization("DU-" + code, "Đảng bộ phường " + code,
                OrganizationKind.BASIC_COMMITTEE, CellCategory.WARD_COMMITTEE, district, founded));
        Organization cell = organizations.save(new Organization("CB-" + code, "Chi bộ Tổ dân phố " + code,
                OrganizationKind.CELL, CellCategory.RESIDENTIAL, ward, founded));
        PartyBody ubnd = bodies.save(new PartyBody("UBND-" + code, "Lãnh đạo UBND phường " + code,
                BodyKind.UBND_LEADERSHIP, ward));

        PartyMember distsec = member(code + "00", "distsec", districtCell, MemberStatus.ACTIVE, true);
        distsec.addPosition(PositionRole.SECRETARY, district, null, "Bí thư Quận ủy");
        distsec.addPosition(PositionRole.STANDING_MEMBER, district, null, "Ủy viên Ban Thường vụ");
        distsec.addPosition(PositionRole.ORGANIZING_STAFF, district, null, "Ban Tổ chức");
        distsec.addPosition(PositionRole.INSPECTION_MEMBER, district, null, "Ủy ban Kiểm tra");
        distsec.addPosition(PositionRole.SUPERVISOR, district, null, "Theo dõi tiến độ");
        distsec.addPosition(PositionRole.SECRETARY, districtCell, null, "Bí thư chi bộ");
        PartyMember wardsec = member(code + "01", "wardsec", cell, MemberStatus.ACTIVE, true);
        wardsec.addPosition(PositionRole.SECRETARY, ward, null, "Bí thư Đảng ủy phường");
        PartyMember sec = member(code + "02", "sec", cell, MemberStatus.ACTIVE, false);
        sec.addPosition(PositionRole.SECRETARY, cell, null, "Bí thư chi bộ");
        sec.addPosition(PositionRole.OFFICE_STAFF, ward, null, "Văn phòng Đảng ủy");
        sec.addPosition(PositionRole.INSPECTION_MEMBER, ward, null, "Ủy ban Kiểm tra Đảng ủy");
        sec.addPosition(PositionRole.SUPERVISOR, ward, null, "Theo dõi tiến độ");
        PartyMember mem = member(code + "03", "mem", cell, MemberStatus.ACTIVE, false);
        mem.addPosition(PositionRole.DEPUTY_SECRETARY, cell, null, "Phó Bí thư chi bộ");
        mem.addPosition(PositionRole.BODY_HEAD, null, ubnd, "Chủ tịch UBND phường");
        // lives in the cell's area; in temporary activity and transferred in this year after 7 months elsewhere, so
        // that the temporary and the previous cell's comment forms are walked too (the ward has a single cell)
        mem.placeIn(cell, cell);
        mem.transferredIn(LocalDate.of(LocalDate.now().getYear(), 8, 1), "Chi bộ Trường THCS " + code);
        PartyMember veteran = member(code + "04", "veteran", cell, MemberStatus.EXEMPT, false);
        List<PartyMember> all = members.saveAll(List.of(distsec, wardsec, sec, mem, veteran));
        provisioning.provision(List.of(district, districtCell, ward, cell), List.of(ubnd), all,
                InitialPasswords.fixed(PASSWORD));
    }

    private PartyMember member(String memberCode, String role, Organization cell, MemberStatus status,
                               boolean civilServant) {
        return new PartyMember(memberCode, user(role), "Nguyễn Văn " + role, cell, LocalDate.of(2000, 1, 1), status,
                civilServant);
    }

    /** The ward secretary opens this year's campaign through the start form, as Tasklist submits it. */
    public String start() {
        return start(LocalDate.now().getYear());
    }

    /** The ward secretary opens the campaign of that year (one per ward and year), as Tasklist submits it. */
    public String start(int year) {
        ResponseEntity<String> started = post(user("wardsec"), "process-definition/key/campaign/submit-form",
                Map.of("year", Map.of("value", year),
                        "rootOrgCode", Map.of("value", "DU-" + code),
                        "ruleSet", Map.of("value", "QD132-2018")));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        return read(started.getBody()).path("id").asText();
    }

    /** The next open task of the campaign, running due jobs (continuations, the notice, one lateness) first. */
    public Task nextTask(String campaign) {
        int idle = 0;
        for (int step = 0; step < (jobExecutorRuns ? 1_500 : 200); step++) {
            List<String> instances = CampaignInstances.unfinished(engine.getHistoryService(), campaign);
            if (instances.isEmpty()) {
                return null;
            }
            if (jobExecutorRuns && continuationsPending(instances)) {
                pause();
                continue;
            }
            List<Task> tasks = engine.getTaskService().createTaskQuery()
                    .processInstanceIdIn(instances.toArray(String[]::new)).orderByTaskCreateTime().asc()
                    .listPage(0, 1);
            if (!lateOnce && fire(instances, "Timer_MembersDeadline")) {
                lateOnce = true;
            } else if (!tasks.isEmpty()) {
                return tasks.get(0);
            } else if (!runAJob(instances)) {
                if (jobExecutorRuns && ++idle < 20) {
                    // a job executor may have just started an instance the list read before it missed
                    pause();
                    continue;
                }
                return fail("The campaign is stuck: no task and no job in " + instances.stream()
                        .map(id -> id + " at " + engine.getRuntimeService().getActiveActivityIds(id)).toList());
            }
        }
        return fail("No task came");
    }

    private boolean continuationsPending(List<String> instances) {
        for (String instance : instances) {
            Job failed = engine.getManagementService().createJobQuery().processInstanceId(instance).messages()
                    .noRetriesLeft().listPage(0, 1).stream().findFirst().orElse(null);
            if (failed != null) {
                return fail("A continuation failed: " + failed.getExceptionMessage());
            }
            if (engine.getManagementService().createJobQuery().processInstanceId(instance).messages().count() > 0) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean runAJob(List<String> instances) {
        // with job executors running, a continuation seen here may be theirs already: running it too would collide
        for (String instance : jobExecutorRuns ? List.<String>of() : instances) {
            List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance).messages()
                    .list();
            if (!jobs.isEmpty()) {
                engine.getManagementService().executeJob(jobs.get(0).getId());
                return true;
            }
        }
        return fire(instances, "Timer_DraftCirculated");
    }

    private boolean fire(List<String> instances, String timer) {
        for (String instance : instances) {
            List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance)
                    .activityId(timer).list();
            if (!jobs.isEmpty()) {
                engine.getManagementService().executeJob(jobs.get(0).getId());
                return true;
            }
        }
        return false;
    }

    /**
     * Answers every task as its holder would ({@link #validAnswer}, then {@code adjust}) until the oldest open task is
     * the one wanted, and returns it; null once the campaign has ended.
     */
    public Task walkUntil(String campaign, Predicate<Task> wanted, BiConsumer<Task, Map<String, Object>> adjust) {
        for (Task task = nextTask(campaign); task != null; task = nextTask(campaign)) {
            if (wanted.test(task)) {
                return task;
            }
            Map<String, Object> answer = validAnswer(task);
            adjust.accept(task, answer);
            ResponseEntity<String> done = submit(holderOf(task), task, answer);
            assertThat(done.getStatusCode().value()).as("%s: %s", task.getName(), done.getBody()).isEqualTo(204);
        }
        return null;
    }

    /** Its assignee, or else a member of its candidate group. */
    public String holderOf(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                List<User> users = engine.getIdentityService().createUserQuery().memberOfGroup(link.getGroupId())
                        .listPage(0, 1);
                assertThat(users).as("a user in %s for %s", link.getGroupId(), task.getName()).isNotEmpty();
                return users.get(0).getId();
            }
        }
        return fail("Nobody holds " + task.getName());
    }

    FormSchema formOf(Task task) {
        try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
            return FormSchema.parse(new String(form.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What an official would enter: every shown editable field filled within its rules, "good" ratings; a ballot
     * marking every subject "HTTNV", or the first level offered for it.
     */
    public Map<String, Object> validAnswer(Task task) {
        FormSchema form = formOf(task);
        Map<String, Object> variables = new LinkedHashMap<>();
        Map<String, Object> values = variablesOf(task);
        for (FormField field : form.fields()) {
            if (field.editable()) {
                variables.put(field.key(), valueFor(field, values));
            }
        }
        if (task.getTaskDefinitionKey().equals("Task_RecordInspectionConclusions")) {
            // no member disciplined: the entries stay empty
            variables.keySet().removeIf(key -> key.matches("discipline\\dMember"));
        }
        if (task.getTaskDefinitionKey().equals("Task_RecordOrganizationFacts")) {
            variables.put("targetsCompletedPercent", 100);
        }
        // leave out what the answer itself hides
        new SubmissionValidator(new HideConditions()).validate(form, json(variables), values).stream().filter(e -> e.message().contains("đang ẩn")).forEach(e -> variables.remove(e.field()));
        return variables;
    }

    /** The variables the task sees, as the guard reads them. */
    Map<String, Object> variablesOf(Task task) {
        return FormBoundSubmissions.javaValues(engine.getTaskService().getVariablesTyped(task.getId(), false));
    }

    static Map<String, JsonNode> json(Map<String, Object> values) {
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        values.forEach((key, value) -> nodes.put(key, JsValues.toJson(value)));
        return nodes;
    }

    private static Object valueFor(FormField field, Map<String, Object> variables) {
        return switch (FormFieldType.of(field.type())) {
            case TEXTFIELD -> "Đạt yêu cầu";
            case TEXTAREA -> "Hoàn thành các nhiệm vụ được giao.";
            case NUMBER -> field.min() == null ? 4 : field.min().intValue();
            case DATETIME -> ClockUtil.getCurrentTime().toInstant().toString().substring(0, 10);
            case CHECKBOX -> !field.key().equals("hasInDepthSuggestions");
            case CHECKLIST, TAGLIST -> List.of();
            case DYNAMICLIST -> repetitions(field, variables.get(field.key()));
            case RADIO, SELECT -> {
                List<String> options = FormOptions.of(field, variables).stream().map(JsonNode::asText).toList();
                // a row of the ballot beyond its subjects has no options: it is hidden, left out below
                yield options.contains("HTTNV") ? "HTTNV" : options.contains("TOT") ? "TOT"
                        : options.isEmpty() ? null : options.get(0);
            }
        };
    }

    /**
     * A dynamic list as Tasklist submits it: each repetition the task holds, with its fields' values (readonly ones
     * as shown); a points item scored at its maximum.
     */
    private static Object repetitions(FormField list, Object shown) {
        if (!(shown instanceof List<?> rows)) {
            return List.of();
        }
        List<Map<String, Object>> answer = new java.util.ArrayList<>();
        for (Object row : rows) {
            Map<?, ?> item = (Map<?, ?>) row;
            Map<String, Object> values = new LinkedHashMap<>();
            for (FormField field : list.items()) {
                values.put(field.key(), field.readonly() ? item.get(field.key())
                        : field.key().equals("points") ? item.get("max") : valueFor(field, Map.of()));
            }
            answer.add(values);
        }
        return answer;
    }

    /** Tasklist's encoding: plain values untyped, lists as Json text. */
    static Map<String, Object> restVariables(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, value instanceof List<?> list
                ? Map.of("type", "Json", "value", write(list)) : valueOnly(value)));
        return variables;
    }

    private static Map<String, Object> valueOnly(Object value) {
        Map<String, Object> variable = new LinkedHashMap<>();
        variable.put("value", value);
        return variable;
    }

    public ResponseEntity<String> submit(String userId, Task task, Map<String, Object> values) {
        return post(userId, "task/" + task.getId() + "/submit-form", restVariables(values));
    }

    ResponseEntity<String> post(String userId, String path, Map<String, Object> variables) {
        return postJson(userId, path, write(Map.of("variables", variables)));
    }

    ResponseEntity<String> postJson(String userId, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(userId, password).exchange("/engine-rest/" + path, HttpMethod.POST,
                new HttpEntity<>(json, headers), String.class);
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
