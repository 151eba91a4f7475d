package vn.partyreview.review;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import vn.partyreview.campaign.BusinessKeys;
import vn.partyreview.process.PostParseListeners;

/**
 * Names every task after its subject in Tasklist's list ("Ghi biên bản kiểm điểm tại chi bộ — Nguyễn Thị Lợi"):
 * a secretary gets one such task per member, and Tasklist's list variables cannot show process variables to users
 * who, rightly, have no read right on the whole process instance. The models keep their plain names. Processes
 * without a name variable (ballots, lateness follow-ups, decision sessions) take it from their business key
 * ({@link BusinessKeys}, set by the caller from our records).
 */
@Component
class SubjectInTaskNames extends AbstractProcessEnginePlugin {

    /** The subject's display name, most specific first. */
    private static final List<String> SUBJECT_VARIABLES = List.of(PartyMemberProcess.MEMBER_NAME,
            LeadershipCollectiveProcess.COLLECTIVE_NAME, PartyOrganizationProcess.ORG_NAME);

    private static final TaskListener APPEND_SUBJECT = task -> subjectOf(task)
            .ifPresent(subject -> task.setName(task.getName() + " — " + subject));

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        PostParseListeners.onUserTasks(configuration,
                task -> task.addTaskListener(TaskListener.EVENTNAME_CREATE, APPEND_SUBJECT));
    }

    private static Optional<String> subjectOf(DelegateTask task) {
        return SUBJECT_VARIABLES.stream().map(task::getVariable).filter(value -> value instanceof String)
                .map(String.class::cast).findFirst()
                .or(() -> Optional.ofNullable(task.getExecution().getProcessBusinessKey()).map(BusinessKeys::subjectName));
    }
}
