package vn.partyreview.ballot;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Listener on {@code create} of the ballot task: lays out the blank sheet of Tasklist's form from the session's
 * subjects in the ballot box (never from the caller's variables): how many rows are shown, each row's name, what
 * it shows beside the name (a decision session's brief of the subject) and the levels allowed for it, and a blank
 * {@code ballotSheet_n} per row in the task's own scope, so that what Tasklist posts lands there and
 * {@link CastBallotListener} removes it in the same command.
 */
@Component("blankSheet")
class BlankSheetListener implements TaskListener {

    private final BallotBox box;
    private final BallotJson json;

    BlankSheetListener(BallotBox box, BallotJson json) {
        this.box = box;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        List<BallotSubject> subjects = box.subjects((String) execution.getVariable(SecretBallot.SESSION_ID));
        execution.setVariableLocal(SecretBallot.ROW_COUNT, subjects.size());
        execution.setVariableLocal(SecretBallot.ROW_NAMES, json.spin(subjects.stream().map(BallotSubject::name)
                .toList()));
        execution.setVariableLocal(SecretBallot.ROW_BRIEFS, json.spin(subjects.stream()
                .map(subject -> subject.brief() == null ? "" : subject.brief()).toList()));
        for (int n = 1; n <= subjects.size(); n++) {
            execution.setVariableLocal(SecretBallot.row(SecretBallot.ROW_LEVELS_PREFIX, n), json.spin(
                    subjects.get(n - 1).allowedLevels().stream()
                            .map(level -> Map.of("label", level.label(), "value", level.name())).toList()));
            execution.setVariableLocal(SecretBallot.row(SecretBallot.SHEET_ROW_PREFIX, n), null);
        }
    }
}
