package vn.partyreview.ballot;

import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Kết thúc phiên bỏ phiếu": reached when every voter has voted or at the deadline; no cast is taken after. */
@Component("closeBallotSession")
class CloseBallotSessionDelegate implements JavaDelegate {

    private final BallotBox box;

    CloseBallotSessionDelegate(BallotBox box) {
        this.box = box;
    }

    @Override
    public void execute(DelegateExecution execution) {
        box.close((String) execution.getVariable(SecretBallot.SESSION_ID), OffsetDateTime.now());
    }
}
