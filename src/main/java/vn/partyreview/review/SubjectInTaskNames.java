package vn.partyreview.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import vn.partyreview.campaign.BusinessKeys;

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
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, APPEND_SUBJECT);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private static Optional<String> subjectOf(DelegateTask task) {
        return SUBJECT_VARIABLES.stream().map(task::getVariable).filter(value -> value instanceof String)
                .map(String.class::cast).findFirst()
                .or(() -> Optional.ofNullable(task.getExecution().getProcessBusinessKey()).map(BusinessKeys::subjectName));
    }
}
