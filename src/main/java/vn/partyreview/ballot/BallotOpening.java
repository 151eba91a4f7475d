package vn.partyreview.ballot;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.partyreview.ballot.counting.MajorityOfDenominatorRule;

/**
 * Opening a session: the roll is frozen, the denominator fixed, the minimum attendance checked and recorded, and
 * the end of voting set no earlier than the minimum window from now, so a session opened late still votes.
 */
@Service
class BallotOpening {

    record Request(String processInstanceId, String title, String organizationCode, String chairGroup,
                   List<BallotSubject> subjects, List<String> summoned, List<RollEntry> roll,
                   OffsetDateTime deadline, String openedBy) {
    }

    private final BallotBox box;
    private final MajorityOfDenominatorRule rule;
    private final VotingRights rights;
    private final VotingWindow window;

    BallotOpening(BallotBox box, MajorityOfDenominatorRule rule, VotingRights rights, VotingWindow window) {
        this.box = box;
        this.rule = rule;
        this.rights = rights;
        this.window = window;
    }

    BallotSession open(Request request) {
        List<String> voters = rights.voters(request.summoned());
        checkRollMatchesSummons(voters, request.roll());
        if (request.subjects().isEmpty()) {
            throw new BallotRefusedException("Phiên bỏ phiếu phải có ít nhất một đối tượng biểu quyết.");
        }
        if (request.subjects().size() > SecretBallot.SHEET_ROWS) {
            throw new BallotRefusedException("Một phiên bỏ phiếu có tối đa " + SecretBallot.SHEET_ROWS
                    + " đối tượng biểu quyết: hãy chia danh sách thành nhiều phiên.");
        }
        int denominator = (int) request.roll().stream().filter(e -> e.attendance().countsInDenominator()).count();
        int present = (int) request.roll().stream().filter(e -> e.attendance().receivesBallot()).count();
        BallotSession.Status status = rule.attendanceMet(present, denominator)
                ? BallotSession.Status.OPEN : BallotSession.Status.NOT_HELD;
        OffsetDateTime openedAt = OffsetDateTime.now();
        BallotSession session = new BallotSession(UUID.randomUUID().toString(), request.processInstanceId(),
                request.title(), request.organizationCode(), request.chairGroup(), rule.name(),
                rule.quorum().toString(), status, voters.size(), denominator, present,
                rule.quorum().minimumAttendance(denominator), 0,
                window.votingEnds(request.deadline(), openedAt), request.deadline(), request.openedBy(), openedAt,
                null);
        box.open(session, request.subjects(), request.roll());
        return session;
    }

    /** The roll names each summoned voter once; a probationary member, who has no vote, is not on it. */
    private static void checkRollMatchesSummons(List<String> voters, List<RollEntry> roll) {
        Set<String> summoned = Set.copyOf(voters);
        Set<String> rolled = roll.stream().map(RollEntry::voterId).collect(Collectors.toSet());
        if (summoned.isEmpty() || summoned.size() != voters.size() || !rolled.equals(summoned)
                || rolled.size() != roll.size()) {
            throw new BallotRefusedException("Danh sách điểm danh phải ghi đúng một lần mỗi đảng viên chính thức "
                    + "được triệu tập (đảng viên dự bị không biểu quyết), không thêm, không bớt.");
        }
    }
}
