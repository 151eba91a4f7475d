package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.partyreview.grading.rules.Level;

class CellBallotsTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final CellBallots ballots = new CellBallots(null, null, null, mapper);

    @Test
    void aResultKeyedBySubjectGivesTheLevelOrNoneWithoutAMajority() throws Exception {
        Map<String, Level> levels = ballots.proposedLevels(mapper.readTree("""
                {"DV1": {"level": "HTTNV", "votes": {"HTTNV": 5}},
                 "DV2": {"level": null, "noMajority": true, "votes": {"HTNV": 2}}}"""));

        Map<String, Level> expected = new HashMap<>();
        expected.put("DV1", Level.HTTNV);
        expected.put("DV2", null);
        assertThat(levels).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void aResultListingSubjectsGivesTheSameLevels() throws Exception {
        assertThat(ballots.proposedLevels(mapper.readTree("""
                [{"id": "DV1", "level": "HTXSNV"}, {"subjectId": "DV2", "level": "HTNV"}]""")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("DV1", Level.HTXSNV, "DV2", Level.HTNV));
    }
}
