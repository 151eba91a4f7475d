package vn.partyreview.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.partyreview.grading.rules.Level;

/** A filled sheet read as a paper ballot would be (SPEC §6); one the voter would spoil goes back to them. */
class BallotSheetTest {

    private static final List<BallotSubject> SUBJECTS = List.of(new BallotSubject("DV1", "Đồng chí A"),
            new BallotSubject("DV2", "Đồng chí B", List.of(Level.HTNV, Level.KHTNV, Level.HTTNV)));
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void oneAllowedLevelPerRowIsABallot() {
        Ballot ballot = BallotSheet.fromRows(List.of("HTXSNV", "HTTNV"), SUBJECTS);
        assertThat(ballot.choices()).containsEntry("DV1", Level.HTXSNV).containsEntry("DV2", Level.HTTNV);
    }

    @Test
    void aRowLeftBlankIsSentBackToTheVoterNamingTheRow() {
        assertThatThrownBy(() -> BallotSheet.fromRows(Arrays.asList("HTNV", null), SUBJECTS))
                .isInstanceOf(BallotRefusedException.class)
                .hasMessage("Phiếu bầu chưa chọn mức xếp loại cho đối tượng số 2: mỗi đối tượng phải được chọn đúng "
                        + "một mức, phiếu bỏ trống là phiếu không hợp lệ.");
    }

    @Test
    void aLevelNotOfferedForTheSubjectIsSentBackWithoutRepeatingIt() {
        assertThatThrownBy(() -> BallotSheet.fromRows(List.of("HTNV", "HTXSNV"), SUBJECTS))
                .isInstanceOf(BallotRefusedException.class)
                .hasMessage("Mức xếp loại chọn cho đối tượng số 2 không có trong các mức được phép của đối tượng này.")
                .message().doesNotContain("HTXSNV", "xuất sắc");
        assertThatThrownBy(() -> BallotSheet.fromRows(List.of("TOT", "HTNV"), SUBJECTS))
                .hasMessageStartingWith("Mức xếp loại chọn cho đối tượng số 1");
    }

    @Test
    void allowedLevelsDefaultToAllFourHighestFirst() {
        assertThat(SUBJECTS.get(0).allowedLevels()).containsExactly(Level.values());
        assertThat(SUBJECTS.get(1).allowedLevels()).containsExactly(Level.HTTNV, Level.HTNV, Level.KHTNV);
        assertThat(new BallotSubject("DV3", "Đồng chí C", List.of()).allowedLevels())
                .containsExactly(Level.values());
    }

    @Test
    void theWholeSheetIsReadInTheSessionsOrderAndMustMatchIt() throws Exception {
        Ballot ballot = BallotSheet.read(mapper.readTree("""
                [{"id": "DV2", "level": "KHTNV"}, {"id": "DV1", "level": "HTTNV"}]"""), SUBJECTS);
        assertThat(ballot.choices()).containsEntry("DV1", Level.HTTNV).containsEntry("DV2", Level.KHTNV);
        assertThatThrownBy(() -> BallotSheet.read(mapper.readTree("""
                [{"id": "DV9", "level": "HTNV"}, {"id": "DV1", "level": "HTNV"}]"""), SUBJECTS))
                .hasMessage(BallotSheet.NOT_MATCHING);
        assertThatThrownBy(() -> BallotSheet.read(mapper.readTree("""
                [{"id": "DV1", "level": "HTNV"}, {"id": "DV2", "level": null}]"""), SUBJECTS))
                .hasMessageStartingWith("Phiếu bầu chưa chọn mức xếp loại cho đối tượng số 2");
    }
}
