package vn.partyreview.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.ballot.SecretBallot;
import vn.partyreview.process.JsonVariables;

/**
 * Step "Áp dụng mức tối đa và tỷ lệ cho cả nhóm": a ballot not held (too few present) is held again; otherwise the
 * counts from the ballot box, within the ceilings and the quota over the whole group, are put before the chair.
 */
@Component("countDecisionSession")
class CountDecisionSessionDelegate implements JavaDelegate {

    private final DecisionSessions sessions;
    private final CountedBallots ballots;
    private final JsonVariables json;

    CountDecisionSessionDelegate(DecisionSessions sessions, CountedBallots ballots, ObjectMapper mapper) {
        this.sessions = sessions;
        this.ballots = ballots;
        this.json = new JsonVariables(mapper);
    }

    @Override
    public void execute(DelegateExecution execution) {
        String sessionId = (String) execution.getVariable(SecretBallot.SESSION_ID);
        boolean held = ballots.held(sessionId).isPresent();
        execution.setVariable(DecisionSessionProcess.HELD, held);
        if (held) {
            SessionView.show(execution, sessions.count((String) execution.getVariable(DecisionSessionProcess.CAMPAIGN_ID),
                    (String) execution.getVariable(DecisionSessionProcess.SUBJECT_TYPE), sessionId,
                    DecisionSessions.ChairAnswer.NONE), json);
        }
    }
}
