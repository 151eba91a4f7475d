package vn.partyreview.ballot;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Listener on {@code complete} of the ballot task: takes the filled sheet out of the engine and drops it into the
 * ballot box. The sheet arrives as one {@code ballotSheet_n} per row (Tasklist's submit-form and REST complete create
 * them on the session's process instance in the completing command) or as the whole {@code ballotSheet} (a local
 * variable of the task's execution, blank since the task was created), and is removed before the command ends, so
 * the engine never writes it (a variable created and removed in one command is never inserted); the history level
 * has already suppressed every history event about it.
 */
@Component("castBallot")
class CastBallotListener implements TaskListener {

    static final String NOT_YOUR_BALLOT = "Chỉ đảng viên được phát phiếu mới tự bỏ lá phiếu của mình.";

    private final BallotBox box;
    private final BallotJson json;
    private final IdentityService identityService;

    CastBallotListener(BallotBox box, BallotJson json, IdentityService identityService) {
        this.box = box;
        this.json = json;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        Object filled = execution.getVariableLocal(SecretBallot.SHEET);
        execution.removeVariableLocal(SecretBallot.SHEET);
        String sessionId = (String) execution.getVariable(SecretBallot.SESSION_ID);
        List<BallotSubject> subjects = box.subjects(sessionId);
        List<String> rows = new ArrayList<>();
        for (int n = 1; n <= subjects.size(); n++) {
            String name = SecretBallot.row(SecretBallot.SHEET_ROW_PREFIX, n);
            Object level = execution.getVariable(name);
            execution.removeVariable(name);
            rows.add(level instanceof String code ? code : null);
        }
        String voter = task.getAssignee();
        Authentication caller = identityService.getCurrentAuthentication();
        // an administrator may complete any task, but nobody casts someone else's ballot
        if (voter == null || caller == null || !voter.equals(caller.getUserId())) {
            throw new BallotRefusedException(NOT_YOUR_BALLOT);
        }
        // Tasklist posts one row per subject; a client of the Java API may set the whole sheet instead
        boolean rowsFilled = rows.stream().anyMatch(code -> code != null && !code.isBlank());
        Ballot ballot = rowsFilled ? BallotSheet.fromRows(rows, subjects)
                : BallotSheet.read(json.read(filled, "Phiếu bầu"), subjects);
        box.cast(sessionId, voter, ballot);
    }
}
