package vn.partyreview.results;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.review.OrganizationGradingProcess;

/**
 * Step "Ghi nhận kết quả biểu quyết tự xếp loại": the session the call handed back, counted by the ballot box (never
 * the {@code ballotResult} variable), stored for the deciding body and the results.
 */
@Component("recordSelfBallot")
class RecordSelfBallotDelegate implements JavaDelegate {

    private final SelfBallots ballots;

    RecordSelfBallotDelegate(SelfBallots ballots) {
        this.ballots = ballots;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ballots.record((String) execution.getVariable(ProcessContract.CAMPAIGN_ID),
                (String) execution.getVariable(ProcessContract.ORG_CODE),
                (String) execution.getVariable(OrganizationGradingProcess.SELF_BALLOT_SESSION_ID));
    }
}
