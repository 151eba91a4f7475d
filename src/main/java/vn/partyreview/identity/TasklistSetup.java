package vn.partyreview.identity;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates, once, the Tasklist filters every user starts from, and the grants that let everyone use them. */
@Component
class TasklistSetup {

    static final String MY_TASKS = "Việc của tôi";
    static final String MY_GROUP_TASKS = "Việc của nhóm tôi";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AccessGrants grants;

    TasklistSetup(FilterService filterService, TaskService taskService, AccessGrants grants) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = grants;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    public void setUp() {
        grants.grantTasklistToEveryone();
        ensureFilter(MY_TASKS, "Các việc đã giao cho tôi", -10,
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensureFilter(MY_GROUP_TASKS, "Các việc giao cho nhóm (chi bộ, cấp ủy, ban) của tôi", -5,
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    }

    private void ensureFilter(String name, String description, int priority, TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name).setQuery(query)
                    .setProperties(Map.of("description", description, "priority", priority, "refresh", true));
            filterService.saveFilter(filter);
        }
        grants.grantFilterToEveryone(filter.getId());
    }
}
