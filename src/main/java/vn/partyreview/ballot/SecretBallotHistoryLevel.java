package vn.partyreview.ballot;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * History level FULL (same id 3 and name "full", so existing databases and {@code camunda.bpm.history-level: full}
 * keep working) except for the ballot: no event about a variable named like {@value SecretBallot#SHEET} (instance,
 * update detail, delete) and no form-property event of a ballot task, which Tasklist's submit-form writes for every
 * String value, is produced. Registered after the built-in levels, it wins the lookup by name.
 */
public class SecretBallotHistoryLevel extends HistoryLevelFull {

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (entity instanceof VariableInstance variable && variable.getName().startsWith(SecretBallot.SHEET)) {
            return false;
        }
        if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE && entity instanceof DelegateTask task
                && SecretBallot.CAST_TASK.equals(task.getTaskDefinitionKey())) {
            return false;
        }
        return true;
    }
}
