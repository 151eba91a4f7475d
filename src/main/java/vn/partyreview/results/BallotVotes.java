package vn.partyreview.results;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.partyreview.ballot.BallotBox;
import vn.partyreview.ballot.BallotResult;
import vn.partyreview.ballot.BallotTally;

/** The votes of a closed secret ballot as the ballot box counts them, per subject and level. */
@Component
class BallotVotes {

    private final BallotBox box;
    private final BallotTally tally;

    BallotVotes(BallotBox box, BallotTally tally) {
        this.box = box;
        this.tally = tally;
    }

    /** By subject id, the votes per level name; empty for a session unknown or still open. */
    Map<String, Map<String, Integer>> of(String sessionId) {
        Map<String, Map<String, Integer>> bySubject = new LinkedHashMap<>();
        box.session(sessionId).filter(session -> !session.isOpen()).map(tally::result).ifPresent(result -> {
            for (BallotResult.SubjectResult subject : result.subjects()) {
                Map<String, Integer> votes = new LinkedHashMap<>();
                subject.votes().forEach((level, count) -> votes.put(level.name(), count));
                bySubject.put(subject.subject().id(), votes);
            }
        });
        return bySubject;
    }
}
