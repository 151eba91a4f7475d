package vn.partyreview.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The few authorizations the application grants. Task rights are never granted here: the engine gives READ and
 * UPDATE on a task to its assignee and candidate groups only, so a user sees just their own and their groups' tasks.
 */
@Component
public class AccessGrants {

    static final String CAMPAIGN_PROCESS = "campaign";
    static final String REGRADING_PROCESS = "regrading";
    static final String OUTSTANDING_MARK_PROCESS = "outstandingMark";
    static final String QUARTERLY_ASSESSMENT_PROCESS = "quarterlySelfAssessment";
    /** The one group holding the read grants of every supervisor and leading body (not a role of a unit). */
    static final String SUBTREE_READERS = "subtree-readers";
    static final String SUBTREE_READERS_TYPE = "APP_ROLE";
    private static final String COCKPIT = "cockpit";

    private final AuthorizationService authorizationService;
    private final IdentityService identityService;

    AccessGrants(AuthorizationService authorizationService, IdentityService identityService) {
        this.authorizationService = authorizationService;
        this.identityService = identityService;
    }

    /**
     * Every signed-in user may open Tasklist, see process names and start forms, and create an instance of a process
     * whose definition lets them ({@code CREATE_INSTANCE}, granted by role below: the engine asks for both).
     */
    void grantTasklistToEveryone() {
        grantGlobal(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grantGlobal(Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        grantGlobal(Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }

    void grantFilterToEveryone(String filterId) {
        grantGlobal(Resources.FILTER, filterId, Permissions.READ);
    }

    /**
     * Supervisors and leading bodies watch progress and lateness in Cockpit, read-only: their group opens Cockpit,
     * and its members join {@link #SUBTREE_READERS}, which may read every instance and task of the tenants its
     * members are in, which is each one's subtree (the engine's tenant check confines these grants), but change
     * nothing, and the engine gives them no task work rights.
     */
    void grantCockpitReadOnly(String groupId) {
        grantGroup(groupId, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    }

    /**
     * The read grants of every supervisor and leading body, held once by one group. Held by each of their groups,
     * they made a row per group on every resource ({@code '*'}), and Tasklist's group filter reads every such row of
     * tasks and definitions per candidate task: 9,000 rows and 170 ms a call at a province's 1,500 wards.
     */
    void ensureSubtreeReaders() {
        if (identityService.createGroupQuery().groupId(SUBTREE_READERS).count() == 0) {
            Group group = identityService.newGroup(SUBTREE_READERS);
            group.setName("Theo dõi, giám sát cây tổ chức của mình (chỉ xem)");
            group.setType(SUBTREE_READERS_TYPE);
            identityService.saveGroup(group);
        }
        grantGroup(SUBTREE_READERS, Resources.PROCESS_DEFINITION, ANY,
                Permissions.READ, Permissions.READ_HISTORY, Permissions.READ_INSTANCE, Permissions.READ_TASK);
        grantGroup(SUBTREE_READERS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grantGroup(SUBTREE_READERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grantGroup(SUBTREE_READERS, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grantGroup(SUBTREE_READERS, Resources.TASK, ANY, Permissions.READ);
    }

    /** The groups whose members read their subtree: those that open Cockpit. */
    Set<String> subtreeReadingGroups() {
        return authorizationService.createAuthorizationQuery().resourceType(Resources.APPLICATION).resourceId(COCKPIT)
                .list().stream().map(Authorization::getGroupId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** These users read their subtree: they join {@link #SUBTREE_READERS} where they are not in it yet. */
    void letReadSubtree(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        Set<String> current = identityService.createUserQuery().memberOfGroup(SUBTREE_READERS).list().stream()
                .map(User::getId).collect(Collectors.toSet());
        userIds.stream().filter(userId -> !current.contains(userId)).distinct()
                .forEach(userId -> identityService.createMembership(userId, SUBTREE_READERS));
    }

    /**
     * At start-up: the members of every group that opens Cockpit are in {@link #SUBTREE_READERS}, also those an
     * administrator added in Camunda Admin since; and a database provisioned before the shared group loses the role
     * groups' own grants on every resource (the shared group and the global grant above hold them now).
     */
    void moveSubtreeReadsToOneGroup(Set<String> roleGroups) {
        ensureSubtreeReaders();
        authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).resourceId(ANY).list()
                .stream().filter(grant -> roleGroups.contains(grant.getGroupId()))
                .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
        List<String> readers = new ArrayList<>();
        subtreeReadingGroups().forEach(groupId -> identityService.createUserQuery().memberOfGroup(groupId).list()
                .forEach(user -> readers.add(user.getId())));
        letReadSubtree(readers);
    }

    /**
     * Whether any of these groups reads every task of its tenants: a tenant membership given to such a user would
     * widen what they read to that whole tenant.
     */
    boolean readsBroadly(Collection<String> groupIds) {
        return !groupIds.isEmpty() && authorizationService.createAuthorizationQuery()
                .groupIdIn(groupIds.toArray(String[]::new)).resourceType(Resources.TASK).resourceId(ANY)
                .hasPermission(Permissions.READ).count() > 0;
    }

    /** Committees of districts and basic committees start the campaign of their subtree from Tasklist. */
    void grantCampaignStart(String groupId) {
        grantGroup(groupId, Resources.PROCESS_DEFINITION, CAMPAIGN_PROCESS, Permissions.READ,
                Permissions.CREATE_INSTANCE);
    }

    /** Deciding bodies start a re-grading from Tasklist [P II.6]; who may for which subject is checked on start. */
    void grantRegradingStart(String groupId) {
        grantGroup(groupId, Resources.PROCESS_DEFINITION, REGRADING_PROCESS, Permissions.READ,
                Permissions.CREATE_INSTANCE);
        // the same bodies mark a basic organisation outstanding (QĐ 366 Đ11); who may for which is checked on start
        grantGroup(groupId, Resources.PROCESS_DEFINITION, OUTSTANDING_MARK_PROCESS, Permissions.READ,
                Permissions.CREATE_INSTANCE);
    }

    /** Members submit their quarterly self-assessment (Mẫu 05) from Tasklist; the server takes who from the account. */
    void grantQuarterlyAssessmentStart(String groupId) {
        grantGroup(groupId, Resources.PROCESS_DEFINITION, QUARTERLY_ASSESSMENT_PROCESS, Permissions.READ,
                Permissions.CREATE_INSTANCE);
    }

    private void grantGlobal(Resource resource, String resourceId, Permission... permissions) {
        boolean exists = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).count() > 0;
        if (!exists) {
            save(authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL), ANY, null, resource, resourceId,
                    permissions);
        }
    }

    private void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        boolean exists = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).count() > 0;
        if (!exists) {
            save(authorizationService.createNewAuthorization(AUTH_TYPE_GRANT), null, groupId, resource, resourceId,
                    permissions);
        }
    }

    private void save(Authorization authorization, String userId, String groupId, Resource resource,
                      String resourceId, Permission... permissions) {
        authorization.setUserId(userId);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
