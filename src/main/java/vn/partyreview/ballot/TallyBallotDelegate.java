package vn.partyreview.ballot;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Kiểm phiếu": counts the closed session and hands the result back as {@code ballotResult}. */
@Component("tallyBallot")
class TallyBallotDelegate implements JavaDelegate {

    private final BallotBox box;
    private final BallotTally tally;

    TallyBallotDelegate(BallotBox box, BallotTally tally) {
        this.box = box;
        this.tally = tally;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String sessionId = (String) execution.getVariable(SecretBallot.SESSION_ID);
        BallotSession session = box.session(sessionId).orElseThrow();
        execution.setVariable(SecretBallot.RESULT, tally.resultVariable(tally.result(session)));
    }
}
