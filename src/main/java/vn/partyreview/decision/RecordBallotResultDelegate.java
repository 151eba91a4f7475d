package vn.partyreview.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.ballot.SecretBallot;
import vn.partyreview.review.ReviewRecords;

/** Step "Ghi nhận kết quả biểu quyết": the level the cell proposed for each member, from {@code ballotResult}. */
@Component("recordBallotResult")
class RecordBallotResultDelegate implements JavaDelegate {

    private final CellBallots ballots;
    private final ReviewRecords records;
    private final ObjectMapper mapper;

    public RecordBallotResultDelegate(CellBallots ballots, ReviewRecords records, ObjectMapper mapper) {
        this.ballots = ballots;
        this.records = records;
        this.mapper = mapper;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        // a Spin JSON value or a JSON string: both print as JSON
        JsonNode result = mapper.readTree(String.valueOf(execution.getVariable(SecretBallot.RESULT)));
        records.recordBallotLevels((String) execution.getVariable(ProcessContract.CAMPAIGN_ID),
                (String) execution.getVariable(SecretBallot.SESSION_ID), ballots.proposedLevels(result));
    }
}
