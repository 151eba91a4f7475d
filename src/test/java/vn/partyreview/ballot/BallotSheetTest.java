package vn.partyreview.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.partyreview.grading.rules.Level;

/** Tasklist's ballot, one checklist of subjects per level, read as a paper ballot would be (SPEC §6). */
class BallotSheetTest {

    private static final List<BallotSubject> SUBJECTS = List.of(new BallotSubject("DV1", "Đồng chí A"),
            new BallotSubject("DV2", "Đồng chí B"));
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void eachSubjectTickedAtOneLevelIsAValidBallot() throws Exception {
        Ballot ballot = BallotSheet.fromMarks(marks("[\"DV1\"]", "[\"DV2\"]", "[]", "[]"), SUBJECTS);
        assertThat(ballot.valid()).isTrue();
        assertThat(ballot.choices()).containsEntry("DV1", Level.HTXSNV).containsEntry("DV2", Level.HTTNV);
    }

    @Test
    void aSubjectLeftUntickedMakesTheBallotInvalidAsABlankOnPaper() throws Exception {
        assertThat(BallotSheet.fromMarks(marks("[]", "[\"DV2\"]", "[]", "[]"), SUBJECTS).valid()).isFalse();
    }

    @Test
    void aSubjectTickedAtTwoLevelsIsSentBackToTheVoter() throws Exception {
        assertThatThrownBy(() -> BallotSheet.fromMarks(marks("[\"DV1\"]", "[\"DV1\", \"DV2\"]", "[]", "[]"),
                SUBJECTS)).isInstanceOf(BallotRefusedException.class).hasMessage(BallotSheet.TWO_LEVELS);
    }

    @Test
    void aSubjectOfAnotherSessionIsRefused() throws Exception {
        assertThatThrownBy(() -> BallotSheet.fromMarks(marks("[\"DV9\"]", "[\"DV1\", \"DV2\"]", "[]", "[]"),
                SUBJECTS)).isInstanceOf(BallotRefusedException.class).hasMessage(BallotSheet.NOT_MATCHING);
    }

    private Map<Level, JsonNode> marks(String excellent, String good, String done, String notDone) throws Exception {
        Map<Level, JsonNode> marks = new EnumMap<>(Level.class);
        marks.put(Level.HTXSNV, mapper.readTree(excellent));
        marks.put(Level.HTTNV, mapper.readTree(good));
        marks.put(Level.HTNV, mapper.readTree(done));
        marks.put(Level.KHTNV, mapper.readTree(notDone));
        return marks;
    }
}
