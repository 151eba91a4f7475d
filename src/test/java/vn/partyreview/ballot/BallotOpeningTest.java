package vn.partyreview.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.partyreview.ballot.counting.MajorityOfDenominatorRule;
import vn.partyreview.ballot.counting.Quorum;
import vn.partyreview.member.PartyMemberRepository;

/** What opening refuses before anything is stored, and when voting ends. */
class BallotOpeningTest {

    private static final OffsetDateTime OPENED = OffsetDateTime.parse("2026-12-20T09:00:00+07:00");
    private final VotingWindow window = new VotingWindow(Duration.ofDays(2));

    @Test
    void aSessionHasAtMostAsManySubjectsAsTheTasklistSheetHasRows() {
        BallotOpening opening = new BallotOpening(null, new MajorityOfDenominatorRule(Quorum.parse("2/3")),
                new VotingRights(mock(PartyMemberRepository.class)), window);
        List<BallotSubject> subjects = IntStream.rangeClosed(0, SecretBallot.SHEET_ROWS)
                .mapToObj(i -> new BallotSubject("DV" + i, "Đồng chí " + i)).toList();

        assertThatThrownBy(() -> opening.open(new BallotOpening.Request("pi", "Biểu quyết", "CB", "CB.committee",
                subjects, List.of("a"), List.of(new RollEntry("a", Attendance.PRESENT)), OPENED, "chair")))
                .isInstanceOf(BallotRefusedException.class)
                .hasMessage("Một phiên bỏ phiếu có tối đa 100 đối tượng biểu quyết: hãy chia danh sách thành nhiều phiên.");
    }

    @Test
    void votingEndsAtTheCallersDeadlineButNeverSoonerThanTheMinimumWindow() {
        OffsetDateTime inTime = OPENED.plusDays(5);
        assertThat(window.votingEnds(inTime, OPENED)).isEqualTo(inTime);
        assertThat(window.votingEnds(OPENED.plusHours(1), OPENED)).isEqualTo(OPENED.plusDays(2));
        assertThat(window.votingEnds(OPENED.minusDays(10), OPENED)).as("opened after the deadline")
                .isEqualTo(OPENED.plusDays(2));
        assertThatThrownBy(() -> new VotingWindow(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
