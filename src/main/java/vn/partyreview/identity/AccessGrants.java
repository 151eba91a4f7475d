package vn.partyreview.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
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

    private final AuthorizationService authorizationService;

    AccessGrants(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    /** Every signed-in user may open Tasklist and see process names and start forms. */
    void grantTasklistToEveryone() {
        grantGlobal(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grantGlobal(Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    }

    void grantFilterToEveryone(String filterId) {
        grantGlobal(Resources.FILTER, filterId, Permissions.READ);
    }

    /**
     * Supervisors and leading bodies watch progress and lateness in Cockpit, read-only: they may read every instance
     * and task of the tenants their group is a member of, which is their subtree (the engine's tenant check confines
     * these grants), but change nothing, and the engine gives them no task work rights.
     */
    void grantCockpitReadOnly(String groupId) {
        if (readsBroadly(List.of(groupId))) {
            return;
        }
        grantGroup(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grantGroup(groupId, Resources.PROCESS_DEFINITION, ANY,
                Permissions.READ, Permissions.READ_HISTORY, Permissions.READ_INSTANCE, Permissions.READ_TASK);
        grantGroup(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grantGroup(groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grantGroup(groupId, Resources.DEPLOYMENT, ANY, Permissions.READ);
        // last: its presence marks the whole set as granted
        grantGroup(groupId, Resources.TASK, ANY, Permissions.READ);
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
        grantGroup(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }

    /** Deciding bodies start a re-grading from Tasklist [P II.6]; who may for which subject is checked on start. */
    void grantRegradingStart(String groupId) {
        grantGroup(groupId, Resources.PROCESS_DEFINITION, REGRADING_PROCESS, Permissions.READ,
                Permissions.CREATE_INSTANCE);
        // the same bodies mark a basic organisation outstanding (QĐ 366 Đ11); who may for which is checked on start
        grantGroup(groupId, Resources.PROCESS_DEFINITION, OUTSTANDING_MARK_PROCESS, Permissions.READ,
                Permissions.CREATE_INSTANCE);
        grantGroup(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }

    /** Members submit their quarterly self-assessment (Mẫu 05) from Tasklist; the server takes who from the account. */
    void grantQuarterlyAssessmentStart(String groupId) {
        grantGroup(groupId, Resources.PROCESS_DEFINITION, QUARTERLY_ASSESSMENT_PROCESS, Permissions.READ,
                Permissions.CREATE_INSTANCE);
        grantGroup(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
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
