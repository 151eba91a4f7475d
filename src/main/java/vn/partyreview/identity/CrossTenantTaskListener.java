package vn.partyreview.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task may go to a group or user outside its instance's tenant: a residence cell in another ward comments on a
 * member. The engine only lets a user see and work on a task of a tenant they belong to, so each such holder is let
 * into the task's tenant as a user. That widens nothing for plain members and cell committees (they read only their
 * own tasks); a supervisor or leading body would read the whole tenant, so they are never let in: a warning says the
 * task stays hidden from them.
 */
class CrossTenantTaskListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(CrossTenantTaskListener.class);

    private final Supplier<AccessGrants> grants;

    CrossTenantTaskListener(Supplier<AccessGrants> grants) {
        this.grants = grants;
    }

    @Override
    public void notify(DelegateTask task) {
        String tenantId = task.getTenantId();
        if (tenantId == null) {
            return;
        }
        IdentityService identity = task.getProcessEngineServices().getIdentityService();
        // whoever triggered the task may not read identities; the memberships are the application's own doing
        Context.getCommandContext().runWithoutAuthorization(() -> {
            if (EVENTNAME_CREATE.equals(task.getEventName())) {
                for (IdentityLink candidate : task.getCandidates()) {
                    if (candidate.getGroupId() != null) {
                        letGroupIn(identity, task, candidate.getGroupId());
                    } else if (candidate.getUserId() != null) {
                        letUserIn(identity, task, candidate.getUserId());
                    }
                }
            }
            if (task.getAssignee() != null) {
                letUserIn(identity, task, task.getAssignee());
            }
            return null;
        });
    }

    private void letGroupIn(IdentityService identity, DelegateTask task, String groupId) {
        if (identity.createTenantQuery().tenantId(task.getTenantId()).groupMember(groupId).count() == 0) {
            for (User user : identity.createUserQuery().memberOfGroup(groupId).list()) {
                letUserIn(identity, task, user.getId());
            }
        }
    }

    private void letUserIn(IdentityService identity, DelegateTask task, String userId) {
        String tenantId = task.getTenantId();
        if (identity.createTenantQuery().tenantId(tenantId).userMember(userId).includingGroupsOfUser(true)
                .count() > 0) {
            return;
        }
        List<String> groups = new ArrayList<>();
        identity.createGroupQuery().groupMember(userId).list().forEach((Group group) -> groups.add(group.getId()));
        if (grants.get().readsBroadly(groups)) {
            log.warn("Task {} ({}) of tenant {} goes to {}, who reads whole subtrees elsewhere: not let into {}, "
                    + "so the task stays hidden from them", task.getId(), task.getTaskDefinitionKey(), tenantId,
                    userId, tenantId);
        } else if (identity.createUserQuery().userId(userId).count() > 0) {
            identity.createTenantUserMembership(tenantId, userId);
        }
    }
}
