package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.partyreview.campaign.TaskAnswers.MAU_01;
import static vn.partyreview.campaign.TaskAnswers.meeting;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.partyreview.demo.DemoData;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.identity.IdentityProvisioning;
import vn.partyreview.identity.InitialPasswords;
import vn.partyreview.importer.ImportResult;
import vn.partyreview.importer.ImportService;
import vn.partyreview.notifications.ResultNotification;
import vn.partyreview.notifications.ResultNotificationRepository;
import vn.partyreview.support.CampaignInstances;
import vn.partyreview.support.ProcessJobs;
import vn.partyreview.support.SignedIn;
import vn.partyreview.support.SpringAppTest;

/**
 * Scope by subtree (SPEC I4) through the real REST APIs: the demo ward Giang Biên and a second ward, Phúc Lợi, each
 * run a campaign under the district Long Biên. Each ward's supervisor, committee and members see nothing of the other
 * ward in the engine REST API, Cockpit's webapp API or the results and notifications API; the district supervisor
 * sees both. A member of Phúc Lợi whose residence cell is in Giang Biên gets that cell's comment.
 */
@SpringAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubtreeScopeTest {

    private static final String PASSWORD = "scope-Password-1";
    private static final String WARD_A = "DU-GIANGBIEN";
    private static final String WARD_B = "DU-PHUCLOI";
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() { };

    @Autowired
    DemoData demoData;
    @Autowired
    ImportService importService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ResultNotificationRepository notifications;
    @Autowired
    IdentityProvisioning provisioning;
    @Autowired
    TestRestTemplate rest;

    String campaignA;
    String campaignB;
    /** Every process instance of each ward's campaign, finished or not, and those still running. */
    Set<String> instancesA;
    Set<String> instancesB;
    Set<String> runningA;
    Set<String> runningB;

    @BeforeAll
    void twoWardsEachWithACampaign() {
        demoData.loadIfAbsent();
        ImportResult imported = importService.importCsv(secondAndThirdWards(), InitialPasswords.fixed(PASSWORD));
        assertThat(imported.errors()).isEmpty();

        campaignA = start("hungnv", "demo", WARD_A);
        complete("ngocbt", WARD_A, "Task_RegisterSchedule", schedule());
        complete("lanhtt", WARD_A, "Task_AssignAttendee", Map.of("attendeeUserId", "sonlh"));

        campaignB = start("plsec", PASSWORD, WARD_B);
        complete("ploffice", WARD_B, "Task_RegisterSchedule", schedule());
        complete("lanhtt", WARD_B, "Task_AssignAttendee", Map.of("attendeeUserId", "sonlh"));
        // the cell registers its schedule, then its collective review, then its members' reviews start
        complete("ploffice", WARD_B, "Task_RegisterSchedule", schedule());
        complete("ploffice", WARD_B, "Task_AssignAttendee", Map.of("attendeeUserId", "plsec"));
        complete("ploffice", WARD_B, "Task_DraftCollectiveReport", MAU_01);
        complete("ploffice", WARD_B, "Task_SuggestInDepthReview", Map.of("hasInDepthSuggestions", false));
        draftsCirculated(WARD_B);
        complete("ploffice", WARD_B, "Task_RecordReviewMeeting", meeting());

        instancesA = treeOf(campaignA, false);
        instancesB = treeOf(campaignB, false);
        runningA = treeOf(campaignA, true);
        runningB = treeOf(campaignB, true);
        String idA = campaignIdOf(campaignA);
        String idB = campaignIdOf(campaignB);
        notifications.save(new ResultNotification(idA, SubjectType.PARTY_ORGANIZATION, WARD_A,
                "DU-GIANGBIEN.supervisor", "Thông báo phường Giang Biên", Instant.now()));
        notifications.save(new ResultNotification(idB, SubjectType.PARTY_ORGANIZATION, WARD_B,
                "DU-PHUCLOI.supervisor", "Thông báo phường Phúc Lợi", Instant.now()));
        notifications.save(new ResultNotification(idB, SubjectType.MEMBER, "PL004", "plmem",
                "Thông báo đảng viên Phúc Lợi", Instant.now()));
    }

    @AfterAll
    void endTheCampaigns() {
        runtimeService.deleteProcessInstance(campaignA, "test over");
        runtimeService.deleteProcessInstance(campaignB, "test over");
    }

    @Test
    void eachWardsSupervisorCommitteeAndMembersSeeNothingOfTheOtherWard() {
        for (String user : List.of("ngocbt", "hungnv", "loint", "binhnv")) {
            assertSeesNothingOf(user, "demo", instancesB);
        }
        for (String user : List.of("plsup", "plsec", "plmem", "ploffice")) {
            assertSeesNothingOf(user, PASSWORD, instancesA);
        }
    }

    @Test
    void eachWardsSupervisorAndCommitteeWatchTheirOwnWard() {
        assertThat(instanceIds("ngocbt", "demo", "/engine-rest/process-instance")).containsAll(runningA);
        assertThat(instanceIds("hungnv", "demo", "/engine-rest/process-instance")).containsAll(runningA);
        assertThat(instanceIds("plsup", PASSWORD, "/engine-rest/process-instance")).containsAll(runningB);
        assertThat(instanceIds("plsec", PASSWORD, "/engine-rest/history/process-instance")).containsAll(instancesB);
        assertThat(cockpitInstanceIds("plsup", PASSWORD)).contains(campaignB).doesNotContain(campaignA);
        assertThat(cockpitInstanceIds("ngocbt", "demo")).contains(campaignA).doesNotContain(campaignB);
        assertThat(results("plsup", PASSWORD, campaignIdOf(campaignB))).isEqualTo(HttpStatus.OK);
        assertThat(results("ngocbt", "demo", campaignIdOf(campaignA))).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theDistrictSupervisorSeesBothWards() {
        assertThat(instanceIds("thuynt", "demo", "/engine-rest/process-instance")).containsAll(runningA)
                .containsAll(runningB);
        assertThat(instanceIds("thuynt", "demo", "/engine-rest/history/process-instance")).containsAll(instancesA)
                .containsAll(instancesB);
        assertThat(processInstancesOf("thuynt", "demo", "/engine-rest/task")).containsAnyElementsOf(instancesA)
                .containsAnyElementsOf(instancesB);
        assertThat(processInstancesOf("thuynt", "demo", "/engine-rest/history/task"))
                .containsAnyElementsOf(instancesA).containsAnyElementsOf(instancesB);
        assertThat(processInstancesOf("thuynt", "demo", "/engine-rest/variable-instance"))
                .containsAnyElementsOf(instancesA).containsAnyElementsOf(instancesB);
        assertThat(cockpitInstanceIds("thuynt", "demo")).contains(campaignA, campaignB);
        assertThat(results("thuynt", "demo", campaignIdOf(campaignA))).isEqualTo(HttpStatus.OK);
        assertThat(results("thuynt", "demo", campaignIdOf(campaignB))).isEqualTo(HttpStatus.OK);
    }

    @Test
    void instancesTasksAndHistoryCarryTheirWardsTenant() {
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceIds(instancesB).list())
                .extracting(HistoricProcessInstance::getTenantId).containsOnly(WARD_B);
        assertThat(taskService.createTaskQuery().processInstanceIdIn(instancesA.toArray(String[]::new)).list())
                .isNotEmpty().extracting(Task::getTenantId).containsOnly(WARD_A);
    }

    @Test
    void tenantsAndMembershipsFollowTheTreeAndProvisioningAgainChangesNothing() {
        assertThat(tenantsOfGroup("QU-LONGBIEN.supervisor")).containsExactlyInAnyOrder("QU-LONGBIEN", "CB-CQQU",
                WARD_A, WARD_B, "DU-THACHBAN");
        assertThat(tenantsOfGroup("BTC-LONGBIEN.leaders")).contains(WARD_A, WARD_B);
        assertThat(tenantsOfGroup("DU-GIANGBIEN.supervisor")).containsExactly(WARD_A);
        assertThat(tenantsOfGroup("HDND-GIANGBIEN.leaders")).containsExactly(WARD_A);
        assertThat(tenantsOfGroup("CB-TDP01.members")).containsExactly(WARD_A);
        assertThat(tenantsOfGroup("CB-CQQU.committee")).containsExactly("CB-CQQU");
        assertThat(identityService.createTenantQuery().tenantId(WARD_B).singleResult().getName())
                .isEqualTo("Đảng bộ phường Phúc Lợi");

        long memberships = identityService.createTenantQuery().list().stream()
                .mapToLong(tenant -> identityService.createGroupQuery().memberOfTenant(tenant.getId()).count()).sum();
        provisioning.bringScopeUpToDate();
        assertThat(identityService.createTenantQuery().list().stream()
                .mapToLong(tenant -> identityService.createGroupQuery().memberOfTenant(tenant.getId()).count()).sum())
                .isEqualTo(memberships);
    }

    private List<String> tenantsOfGroup(String groupId) {
        return identityService.createTenantQuery().groupMember(groupId).list().stream().map(tenant -> tenant.getId())
                .toList();
    }

    @Test
    void aResidenceCellInAnotherWardCommentsOnItsResident() {
        Task comment = residenceComment("PL004");
        assertThat(comment.getTenantId()).isEqualTo(WARD_B);
        // the cell committee of Tổ dân phố số 1 (Giang Biên) sees the task, its form data, and completes it
        assertThat(processInstancesOf("binhnv", "demo", "/engine-rest/task?taskDefinitionKey="
                + "Task_CommentFromResidence")).contains(comment.getProcessInstanceId());
        assertThat(rest.withBasicAuth("binhnv", "demo").getForEntity("/engine-rest/task/" + comment.getId()
                + "/form-variables?deserializeValues=false", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> submitted = rest.withBasicAuth("binhnv", "demo").postForEntity("/engine-rest/task/"
                + comment.getId() + "/submit-form", json(residenceCommentForm()), String.class);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        // being let in for this task shows binhnv nothing else of Phúc Lợi
        assertThat(instanceIds("binhnv", "demo", "/engine-rest/process-instance")).doesNotContainAnyElementsOf(
                instancesB);
    }

    @Test
    void aSupervisorOrLeaderIsNeverLetIntoAnotherTenantForATask() {
        Task comment = residenceComment("PL005");
        // CB-TB01's committee: its deputy is let in; its secretary sits on the Thạch Bàn ward committee, reads that
        // whole ward, and would read all of Phúc Lợi if let in: the task stays hidden from him instead
        assertThat(processInstancesOf("tbdep", PASSWORD, "/engine-rest/task")).contains(
                comment.getProcessInstanceId());
        assertThat(identityService.createTenantQuery().userMember("tbsec").includingGroupsOfUser(true).list())
                .extracting(tenant -> tenant.getId()).doesNotContain(WARD_B);
        assertSeesNothingOf("tbsec", PASSWORD, instancesB);
    }

    private void assertSeesNothingOf(String user, String password, Set<String> otherWard) {
        for (String path : List.of("/engine-rest/task", "/engine-rest/history/task",
                "/engine-rest/variable-instance", "/engine-rest/history/variable-instance",
                "/engine-rest/history/activity-instance", "/engine-rest/incident")) {
            assertThat(processInstancesOf(user, password, path)).as("%s %s", user, path)
                    .doesNotContainAnyElementsOf(otherWard);
        }
        for (String path : List.of("/engine-rest/process-instance", "/engine-rest/history/process-instance")) {
            assertThat(instanceIds(user, password, path)).as("%s %s", user, path)
                    .doesNotContainAnyElementsOf(otherWard);
        }
        for (String id : otherWard.contains(campaignA) ? runningA : runningB) {
            assertThat(rest.withBasicAuth(user, password).getForEntity("/engine-rest/process-instance/" + id
                    + "/variables", String.class).getStatusCode()).as("%s variables of %s", user, id)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        if (hasCockpit(user, password)) {
            assertThat(cockpitInstanceIds(user, password)).as("%s in Cockpit", user)
                    .doesNotContainAnyElementsOf(otherWard);
        }
        String otherCampaign = otherWard.contains(campaignA) ? campaignA : campaignB;
        assertThat(results(user, password, campaignIdOf(otherCampaign))).as("%s results", user)
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> mine = rest.withBasicAuth(user, password).getForEntity("/api/notifications",
                String.class);
        assertThat(mine.getBody()).as("%s notifications", user).doesNotContain(
                otherWard.contains(campaignA) ? "Giang Biên" : "Phúc Lợi");
    }

    private Set<String> processInstancesOf(String user, String password, String path) {
        return list(user, password, path).stream().map(row -> (String) row.get("processInstanceId"))
                .collect(Collectors.toSet());
    }

    private Set<String> instanceIds(String user, String password, String path) {
        return list(user, password, path).stream().map(row -> (String) row.get("id")).collect(Collectors.toSet());
    }

    private List<Map<String, Object>> list(String user, String password, String path) {
        ResponseEntity<List<Map<String, Object>>> answer = rest.withBasicAuth(user, password)
                .exchange(path + (path.contains("?") ? "&" : "?") + "maxResults=2000", HttpMethod.GET, null, LIST);
        assertThat(answer.getStatusCode()).as("%s %s", user, path).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private boolean hasCockpit(String user, String password) {
        return rest.withBasicAuth(user, password).getForEntity("/engine-rest/authorization/check?permissionName="
                + "ACCESS&resourceName=application&resourceType=0&resourceId=cockpit", String.class).getBody()
                .contains("\"authorized\":true");
    }

    /** Process instances listed by Cockpit's own API in a signed-in webapp session, as Cockpit's pages load them. */
    private Set<String> cockpitInstanceIds(String user, String password) {
        HttpHeaders session = cockpitSession(user, password);
        Set<String> ids = new HashSet<>();
        for (String definition : List.of("campaign", "partyOrganization", "partyMember", "collectiveReview",
                "partyCell")) {
            String definitionId = runtimeService.createProcessInstanceQuery().processDefinitionKey(definition)
                    .listPage(0, 1).stream().map(instance -> instance.getProcessDefinitionId()).findFirst()
                    .orElse(null);
            if (definitionId == null) {
                continue;
            }
            ResponseEntity<List<Map<String, Object>>> answer = rest.exchange(
                    "/camunda/api/cockpit/plugin/base/default/process-instance?processDefinitionId=" + definitionId
                            + "&maxResults=2000", HttpMethod.GET, new HttpEntity<>(session), LIST);
            assertThat(answer.getStatusCode()).as("%s Cockpit %s", user, definition).isEqualTo(HttpStatus.OK);
            answer.getBody().forEach(row -> ids.add((String) row.get("id")));
        }
        ResponseEntity<List<Map<String, Object>>> engine = rest.exchange(
                "/camunda/api/engine/engine/default/task?maxResults=2000", HttpMethod.GET,
                new HttpEntity<>(session), LIST);
        assertThat(engine.getStatusCode()).isEqualTo(HttpStatus.OK);
        engine.getBody().forEach(row -> ids.add((String) row.get("processInstanceId")));
        return ids;
    }

    private HttpHeaders cockpitSession(String user, String password) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/cockpit/default/", String.class);
        String xsrf = cookie(page.getHeaders(), "XSRF-TOKEN");
        HttpHeaders login = new HttpHeaders();
        login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        login.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + xsrf + "; JSESSIONID=" + cookie(page.getHeaders(), "JSESSIONID"));
        login.add("X-XSRF-TOKEN", xsrf);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        ResponseEntity<String> signedIn = rest.postForEntity("/camunda/api/admin/auth/user/default/login/cockpit",
                new HttpEntity<>(form, login), String.class);
        assertThat(signedIn.getStatusCode()).as("%s signs into Cockpit: %s", user, signedIn.getBody())
                .isEqualTo(HttpStatus.OK);
        HttpHeaders session = new HttpHeaders();
        session.add(HttpHeaders.COOKIE, "JSESSIONID=" + cookie(signedIn.getHeaders(), "JSESSIONID"));
        return session;
    }

    private static String cookie(HttpHeaders headers, String name) {
        return headers.getOrEmpty(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no cookie " + name + " in " + headers));
    }

    private HttpStatus results(String user, String password, String campaignId) {
        return HttpStatus.valueOf(rest.withBasicAuth(user, password).getForEntity("/api/campaigns/" + campaignId
                + "/results", String.class).getStatusCode().value());
    }

    private Task residenceComment(String memberCode) {
        return taskService.createTaskQuery().taskDefinitionKey("Task_CommentFromResidence").tenantIdIn(WARD_B)
                .processVariableValueEquals("memberCode", memberCode).singleResult();
    }

    private String start(String user, String password, String rootOrgCode) {
        String body = "{\"variables\":{\"year\":{\"value\":2091,\"type\":\"Integer\"},"
                + "\"rootOrgCode\":{\"value\":\"" + rootOrgCode + "\",\"type\":\"String\"},"
                + "\"ruleSet\":{\"value\":\"QD132-2018\",\"type\":\"String\"}}}";
        ResponseEntity<Map<String, Object>> started = rest.withBasicAuth(user, password).exchange(
                "/engine-rest/process-definition/key/campaign/start", HttpMethod.POST, json(body),
                new ParameterizedTypeReference<>() { });
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        ProcessJobs.runContinuations(managementService);
        return (String) started.getBody().get("id");
    }

    private void complete(String user, String tenant, String taskKey, Map<String, Object> variables) {
        SignedIn.as(identityService, user, () -> {
            List<Task> tasks = taskService.createTaskQuery().taskDefinitionKey(taskKey).tenantIdIn(tenant)
                    .or().taskAssignee(user).taskCandidateUser(user).endOr().orderByTaskId().asc().list();
            assertThat(tasks).as("%s sees a task %s", user, taskKey).isNotEmpty();
            taskService.complete(tasks.get(0).getId(), variables);
            return null;
        });
        ProcessJobs.runContinuations(managementService);
    }

    private void draftsCirculated(String tenant) {
        for (Job job : managementService.createJobQuery().activityId("Timer_DraftCirculated").tenantIdIn(tenant)
                .list()) {
            managementService.executeJob(job.getId());
        }
        ProcessJobs.runContinuations(managementService);
    }

    private Set<String> treeOf(String campaign, boolean runningOnly) {
        Set<String> ids = Set.copyOf(runningOnly ? CampaignInstances.unfinished(historyService, campaign)
                : CampaignInstances.all(historyService, campaign));
        assertThat(ids).hasSizeGreaterThan(1);
        return ids;
    }

    private String campaignIdOf(String campaign) {
        return (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(campaign)
                .variableName("campaignId").singleResult().getValue();
    }

    private static Map<String, Object> schedule() {
        return Map.of("reviewMeetingDate", "2091-11-28", "gradingMeetingDate", "2091-12-05");
    }

    private static String residenceCommentForm() {
        StringBuilder variables = new StringBuilder("{\"variables\":{");
        for (String key : List.of("residenceCivicDuty", "residenceEthics", "residenceCulturalFamily",
                "residenceMeetings", "residenceAntiDegradation", "residenceExample")) {
            variables.append('"').append(key).append("\":{\"value\":\"TOT\",\"type\":\"String\"},");
        }
        return variables.append("\"residenceNotes\":{\"value\":\"Gương mẫu nơi cư trú\",\"type\":\"String\"}}}")
                .toString();
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    /** Phúc Lợi (one cell, its secretary, office, supervisor and two residents elsewhere) and Thạch Bàn. */
    private static Map<String, InputStream> secondAndThirdWards() {
        String organizations = """
                code,name,kind,category,parent_code,established_on
                DU-PHUCLOI,Đảng bộ phường Phúc Lợi,BASIC_COMMITTEE,WARD_COMMITTEE,QU-LONGBIEN,01/01/2004
                CB-PL01,Chi bộ Tổ dân phố Phúc Lợi 1,CELL,RESIDENTIAL,DU-PHUCLOI,01/04/2004
                DU-THACHBAN,Đảng bộ phường Thạch Bàn,BASIC_COMMITTEE,WARD_COMMITTEE,QU-LONGBIEN,01/01/2004
                CB-TB01,Chi bộ Tổ dân phố Thạch Bàn 1,CELL,RESIDENTIAL,DU-THACHBAN,01/04/2004
                """;
        String members = """
                code,user_id,full_name,official_cell,residence_cell,admitted_on,civil_servant,positions
                PL001,plsec,Trần Văn Phúc,CB-PL01,,01/02/2001,không,SECRETARY@DU-PHUCLOI:Bí thư Đảng ủy phường
                PL002,ploffice,Lê Thị Lợi,CB-PL01,,01/02/2001,không,SECRETARY@CB-PL01:Bí thư chi bộ;OFFICE_STAFF@DU-PHUCLOI:Văn phòng Đảng ủy;INSPECTION_MEMBER@DU-PHUCLOI:Ủy ban Kiểm tra
                PL003,plsup,Phạm Văn Sáng,CB-PL01,,01/02/2001,không,SUPERVISOR@DU-PHUCLOI:Theo dõi tiến độ
                PL004,plmem,Nguyễn Thị Mơ,CB-PL01,CB-TDP01,01/02/2001,không,
                PL005,plmem2,Đỗ Văn Mạnh,CB-PL01,CB-TB01,01/02/2001,không,
                TB001,tbsec,Vũ Văn Bàn,CB-TB01,,01/02/2001,không,SECRETARY@CB-TB01:Bí thư chi bộ;COMMITTEE_MEMBER@DU-THACHBAN:Đảng ủy viên
                TB002,tbdep,Hà Thị Thạch,CB-TB01,,01/02/2001,không,DEPUTY_SECRETARY@CB-TB01:Phó Bí thư chi bộ
                """;
        Map<String, InputStream> tables = new LinkedHashMap<>();
        tables.put("organizations", new ByteArrayInputStream(organizations.getBytes(StandardCharsets.UTF_8)));
        tables.put("members", new ByteArrayInputStream(members.getBytes(StandardCharsets.UTF_8)));
        return tables;
    }
}
