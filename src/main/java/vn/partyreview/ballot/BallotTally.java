package vn.partyreview.ballot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.partyreview.ballot.counting.MajorityOfDenominatorRule;
import vn.partyreview.grading.rules.Level;

/**
 * Counts a session no longer open with the counting rule: the only way to results. A session not held has no votes,
 * so every subject comes out without a majority.
 */
@Service
public class BallotTally {

    static final String STILL_OPEN = "Phiên bỏ phiếu chưa kết thúc: kết quả chỉ được công bố sau khi đóng phiên.";

    private final BallotBox box;
    private final MajorityOfDenominatorRule rule;
    private final BallotJson json;

    BallotTally(BallotBox box, MajorityOfDenominatorRule rule, BallotJson json) {
        this.box = box;
        this.rule = rule;
        this.json = json;
    }

    public BallotResult result(BallotSession session) {
        if (session.isOpen()) {
            throw new BallotRefusedException(STILL_OPEN);
        }
        Map<String, Map<Level, Integer>> votes = box.votes(session);
        List<BallotResult.SubjectResult> subjects = box.subjects(session.id()).stream()
                .map(subject -> new BallotResult.SubjectResult(subject,
                        rule.outcome(votes.getOrDefault(subject.id(), Map.of()), session.denominator())))
                .toList();
        return new BallotResult(session, subjects, box.returnedBallots(session.id()));
    }

    /** The {@code ballotResult} variable handed back to the caller. */
    Object resultVariable(BallotResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sessionId", result.session().id());
        body.put("held", result.session().held());
        body.put("countingRule", result.session().countingRule());
        body.put("denominator", result.session().denominator());
        body.put("present", result.session().present());
        body.put("minimumAttendance", result.session().minimumAttendance());
        body.put("votingExtended", result.session().votingExtended());
        body.put("ballotsIssued", result.ballotsIssued());
        body.put("ballotsReturned", result.ballotsReturned());
        body.put("ballotsValid", result.ballotsValid());
        body.put("ballotsInvalid", result.ballotsInvalid());
        body.put("subjects", result.subjects().stream().map(BallotTally::subjectBody).toList());
        return json.spin(body);
    }

    private static Map<String, Object> subjectBody(BallotResult.SubjectResult subject) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", subject.subject().id());
        body.put("name", subject.subject().name());
        Level level = subject.outcome().level();
        body.put("level", level == null ? null : level.name());
        body.put("levelLabel", level == null ? "Không đạt đa số" : level.label());
        body.put("noMajority", subject.outcome().noMajority());
        Map<String, Integer> votes = new LinkedHashMap<>();
        subject.outcome().votes().forEach((lvl, count) -> votes.put(lvl.name(), count));
        body.put("votes", votes);
        return body;
    }
}
