package vn.partyreview.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.partyreview.decision.CellBallots;
import vn.partyreview.grading.rules.Level;

/** The cell reads each member's proposed level from the secret ballot's result (SPEC §6). */
class CellBallotsTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final CellBallots ballots = new CellBallots(null, null, null, mapper);

    @Test
    void eachSubjectGetsTheBallotLevelOrNoneWithoutAMajority() throws Exception {
        Map<String, Level> levels = ballots.proposedLevels(mapper.readTree("""
                {"sessionId": "S1", "held": true, "denominator": 9, "ballotsReturned": 9,
                 "subjects": [
                   {"id": "DV1", "name": "Đồng chí A", "level": "HTTNV", "noMajority": false,
                    "votes": {"HTXSNV": 1, "HTTNV": 5, "HTNV": 3, "KHTNV": 0}},
                   {"id": "DV2", "name": "Đồng chí B", "level": null, "noMajority": true,
                    "votes": {"HTXSNV": 0, "HTTNV": 2, "HTNV": 2, "KHTNV": 0}}]}"""));

        Map<String, Level> expected = new HashMap<>();
        expected.put("DV1", Level.HTTNV);
        expected.put("DV2", null);
        assertThat(levels).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void aSessionNotHeldProposesNothing() throws Exception {
        assertThat(ballots.proposedLevels(mapper.readTree("""
                {"sessionId": "S2", "held": false, "subjects": []}"""))).isEmpty();
    }
}
