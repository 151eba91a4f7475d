package vn.partyreview.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
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
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PositionRole;
import vn.partyreview.organization.CellCategory;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationKind;
import vn.partyreview.support.SpringAppTest;

/** A member signed in sees the tasks of their own cell and none of another cell's, in lists, filters and data. */
@SpringAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskVisibilityTest {

    private static final String PASSWORD = "member-Password-1";
    private static final ParameterizedTypeReference<List<Map<String, Object>>> TASKS =
            new ParameterizedTypeReference<>() { };

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityProvisioning provisioning;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;

    String taskOfCellA;
    String taskOfCellB;

    @BeforeAll
    void twoCellsWithOneTaskEach() {
        Organization ward = new Organization("DU-T", "Đảng bộ phường T", OrganizationKind.BASIC_COMMITTEE,
                CellCategory.WARD_COMMITTEE, null, LocalDate.of(2004, 1, 1));
        Organization cellA = cell("CB-A", "Chi bộ A", ward);
        Organization cellB = cell("CB-B", "Chi bộ B", ward);
        PartyMember memberA = member("DVA1", "membera", cellA);
        PartyMember secretaryA = member("DVA2", "secretarya", cellA);
        secretaryA.addPosition(PositionRole.SECRETARY, cellA, null, "Bí thư chi bộ");
        PartyMember memberB = member("DVB1", "memberb", cellB);
        PartyMember supervisor = member("DVA3", "supervisort", cellA);
        supervisor.addPosition(PositionRole.SUPERVISOR, ward, null, "Theo dõi tiến độ");
        provisioning.provision(List.of(ward, cellA, cellB), List.of(),
                List.of(memberA, secretaryA, memberB, supervisor), InitialPasswords.fixed(PASSWORD));

        repositoryService.createDeployment().addModelInstance("tiny.bpmn", Bpmn.createExecutableProcess("tiny")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_SelfReview").name("Viết bản tự kiểm điểm")
                .camundaCandidateGroups("${cellCode}.members")
                .endEvent().done()).deploy();
        taskOfCellA = startFor("CB-A");
        taskOfCellB = startFor("CB-B");
    }

    @Test
    void memberSeesOnlyOwnCellTasks() {
        assertThat(taskIds("membera", "/engine-rest/task")).containsExactly(taskOfCellA);
        assertThat(taskIds("memberb", "/engine-rest/task")).containsExactly(taskOfCellB);
    }

    @Test
    void groupFilterOfTasklistShowsOnlyOwnCellTasks() {
        String filterId = filterService.createFilterQuery().filterName(TasklistSetup.MY_GROUP_TASKS)
                .singleResult().getId();
        assertThat(taskIds("membera", "/engine-rest/filter/" + filterId + "/list")).containsExactly(taskOfCellA);
        assertThat(taskIds("memberb", "/engine-rest/filter/" + filterId + "/list")).containsExactly(taskOfCellB);
    }

    @Test
    void anotherCellsTaskAndDataAreForbidden() {
        TestRestTemplate asMemberA = rest.withBasicAuth("membera", PASSWORD);
        // Task queries are filtered by authorization: another cell's task does not even exist for this member.
        assertThat(asMemberA.getForEntity("/engine-rest/task/" + taskOfCellB, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(asMemberA.getForEntity("/engine-rest/task/" + taskOfCellB + "/variables", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String instanceB = taskService.createTaskQuery().taskId(taskOfCellB).singleResult().getProcessInstanceId();
        assertThat(asMemberA.getForEntity("/engine-rest/process-instance/" + instanceB + "/variables", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(asMemberA.getForEntity("/engine-rest/task/" + taskOfCellA + "/variables", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void supervisorWatchesEveryInstanceAndTaskButChangesNothing() {
        TestRestTemplate asSupervisor = rest.withBasicAuth("supervisort", PASSWORD);
        assertThat(taskIds("supervisort", "/engine-rest/task")).contains(taskOfCellA, taskOfCellB);
        String instanceB = taskService.createTaskQuery().taskId(taskOfCellB).singleResult().getProcessInstanceId();
        assertThat(asSupervisor.getForEntity("/engine-rest/process-instance/" + instanceB + "/variables",
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(asSupervisor.exchange("/engine-rest/process-instance/" + instanceB, HttpMethod.DELETE, null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(asSupervisor.postForEntity("/engine-rest/task/" + taskOfCellB + "/complete",
                jsonBody("{}"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(asSupervisor.postForEntity("/engine-rest/task/" + taskOfCellB + "/claim",
                jsonBody("{\"userId\":\"supervisort\"}"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceB).count()).isOne();
    }

    @Test
    void theReadGrantsOnEveryResourceAreHeldOnceNotPerRoleGroup() {
        Set<String> roleGroups = identityService.createGroupQuery().groupType(GroupRole.GROUP_TYPE).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        assertThat(authorizationService.createAuthorizationQuery().resourceId(Authorization.ANY).list())
                .as("a row per group on every resource made Tasklist's group filter read them all per task")
                .noneMatch(grant -> roleGroups.contains(grant.getGroupId()))
                .filteredOn(grant -> AccessGrants.SUBTREE_READERS.equals(grant.getGroupId())).hasSize(5);
        assertThat(readers()).contains("supervisort").doesNotContain("membera", "secretarya");
    }

    @Test
    void aDatabaseProvisionedBeforeTheSharedGroupIsBroughtUpToDateOnStartUp() {
        identityService.deleteMembership("supervisort", AccessGrants.SUBTREE_READERS);
        Authorization legacy = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        legacy.setGroupId("DU-T.supervisor");
        legacy.setResource(Resources.TASK);
        legacy.setResourceId(Authorization.ANY);
        legacy.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(legacy);

        provisioning.bringScopeUpToDate();

        assertThat(authorizationService.createAuthorizationQuery().groupIdIn("DU-T.supervisor")
                .resourceId(Authorization.ANY).count()).isZero();
        assertThat(readers()).contains("supervisort");
        assertThat(taskIds("supervisort", "/engine-rest/task")).contains(taskOfCellA, taskOfCellB);
    }

    private List<String> readers() {
        return identityService.createUserQuery().memberOfGroup(AccessGrants.SUBTREE_READERS).list().stream()
                .map(User::getId).toList();
    }

    @Test
    void membersHaveNoCockpit() {
        ResponseEntity<String> auth = rest.withBasicAuth("membera", PASSWORD)
                .getForEntity("/engine-rest/authorization/check?permissionName=ACCESS&resourceName=application"
                        + "&resourceType=0&resourceId=cockpit", String.class);
        assertThat(auth.getBody()).contains("\"authorized\":false");
    }

    private static HttpEntity<String> jsonBody(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(json, headers);
    }

    private List<String> taskIds(String userId, String path) {
        ResponseEntity<List<Map<String, Object>>> answer = rest.withBasicAuth(userId, PASSWORD)
                .exchange(path, HttpMethod.GET, null, TASKS);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody().stream().map(task -> (String) task.get("id")).toList();
    }

    private String startFor(String cellCode) {
        String instanceId = runtimeService.startProcessInstanceByKey("tiny", Map.of("cellCode", cellCode)).getId();
        return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    private static Organization cell(String code, String name, Organization parent) {
        return new Organization(code, name, OrganizationKind.CELL, CellCategory.RESIDENTIAL, parent,
                LocalDate.of(2010, 1, 1));
    }

    private static PartyMember member(String code, String userId, Organization cell) {
        return new PartyMember(code, userId, "Nguyễn Văn " + userId, cell, LocalDate.of(2000, 1, 1),
                MemberStatus.ACTIVE, false);
    }
}
