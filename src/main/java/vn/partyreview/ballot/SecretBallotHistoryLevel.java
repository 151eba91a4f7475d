package vn.partyreview.ballot;

import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * History level FULL (same id 3 and name "full", so existing databases and {@code camunda.bpm.history-level: full}
 * keep working) without two kinds of event:
 * <ul>
 *   <li>no event about a variable named like {@value SecretBallot#SHEET} (instance, delete): the ballot is secret;</li>
 *   <li>no detail row ({@code ACT_HI_DETAIL}) for any variable write or form property: the year's record keeps
 *       every submission in the application's tables, and these rows were 12% of the rows and 9% of the WAL the
 *       campaign wrote per task in the benchmark (README "Sizing note"). Tasklist's submit-form of a ballot wrote
 *       its choices there as form properties.</li>
 * </ul>
 * Registered after the built-in levels, it wins the lookup by name.
 */
public class SecretBallotHistoryLevel extends HistoryLevelFull {

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
                || eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
            return false;
        }
        return !(entity instanceof VariableInstance variable && variable.getName().startsWith(SecretBallot.SHEET));
    }
}
