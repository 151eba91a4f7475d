package vn.partyreview.ballot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.partyreview.grading.rules.Level;

/**
 * Listener on {@code complete} of the ballot task: takes the filled sheet out of the engine and drops it into the
 * ballot box. The sheet arrives as a local variable of the task's execution (Tasklist's submit-form and REST
 * complete both write it there, where the blank sheet lives) and is removed before the command ends, so the engine
 * never writes it; the history level has already suppressed every history event about it.
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
        Map<Level, JsonNode> marks = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            String name = SecretBallot.MARKS_PREFIX + level.name();
            marks.put(level, json.read(execution.getVariableLocal(name), "Phiếu bầu"));
            execution.removeVariableLocal(name);
        }
        String voter = task.getAssignee();
        Authentication caller = identityService.getCurrentAuthentication();
        // an administrator may complete any task, but nobody casts someone else's ballot
        if (voter == null || caller == null || !voter.equals(caller.getUserId())) {
            throw new BallotRefusedException(NOT_YOUR_BALLOT);
        }
        String sessionId = (String) execution.getVariable(SecretBallot.SESSION_ID);
        // Tasklist posts the ticked checklists; a REST client may post the filled sheet instead
        boolean ticked = marks.values().stream().anyMatch(list -> !list.isEmpty());
        Ballot ballot = ticked ? BallotSheet.fromMarks(marks, box.subjects(sessionId))
                : BallotSheet.read(json.read(filled, "Phiếu bầu"), box.subjects(sessionId));
        box.cast(sessionId, voter, ballot);
    }
}
