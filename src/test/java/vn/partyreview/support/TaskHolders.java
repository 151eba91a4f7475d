package vn.partyreview.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Tasks of a campaign done by the people who hold them, through the Java API: for tests that walk a whole campaign
 * task by task with the demo users.
 */
public final class TaskHolders {

    private final IdentityService identityService;
    private final TaskService taskService;
    private final ManagementService managementService;

    public TaskHolders(IdentityService identityService, TaskService taskService, ManagementService managementService) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.managementService = managementService;
    }

    /** Its assignee, or else a member of its candidate group: the demo data must cover every role. */
    public String holderOf(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                List<User> users = identityService.createUserQuery().memberOfGroup(link.getGroupId()).listPage(0, 1);
                assertThat(users).as("a demo user in %s for %s", link.getGroupId(), task.getName()).isNotEmpty();
                return users.get(0).getId();
            }
        }
        return fail("Nobody holds " + task.getName());
    }

    /** Completes the task signed in as its holder, with their groups. */
    public void complete(Task task, Map<String, Object> variables) {
        SignedIn.as(identityService, holderOf(task), () -> {
            taskService.complete(task.getId(), variables);
            return null;
        });
    }

    /**
     * Runs one asynchronous continuation, or else the 3 working days' notice of a collective review passing; false
     * when neither is left in the instances.
     */
    public boolean runAJob(List<String> instances) {
        for (String instance : instances) {
            List<Job> jobs = managementService.createJobQuery().processInstanceId(instance).messages().list();
            if (jobs.isEmpty()) {
                jobs = managementService.createJobQuery().processInstanceId(instance)
                        .activityId("Timer_DraftCirculated").list();
            }
            if (!jobs.isEmpty()) {
                managementService.executeJob(jobs.get(0).getId());
                return true;
            }
        }
        return false;
    }
}
