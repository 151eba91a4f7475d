package vn.partyreview.ballot;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The layout of a session's ballot sheet in Tasklist, from the subjects in the ballot box (never from the caller's
 * variables): how many rows are shown, each row's name, what it shows beside the name (a decision session's brief of
 * the subject) and the levels allowed for it. Not secret and the same for every voter, so it is held once, on the
 * session's process instance, where every voter's form reads it (the benchmark measured a copy per voter at half of
 * all the variables a campaign created, README "Benchmarks"). The rows' choices get no blank variable either: each
 * {@code ballotSheet_n} exists only inside the command that casts it ({@link CastBallotListener}).
 */
@Component
class SheetLayout {

    private final BallotBox box;
    private final BallotJson json;

    SheetLayout(BallotBox box, BallotJson json) {
        this.box = box;
        this.json = json;
    }

    void layOut(DelegateExecution session, String sessionId) {
        List<BallotSubject> subjects = box.subjects(sessionId);
        session.setVariable(SecretBallot.ROW_COUNT, subjects.size());
        session.setVariable(SecretBallot.ROW_NAMES, json.spin(subjects.stream().map(BallotSubject::name).toList()));
        session.setVariable(SecretBallot.ROW_BRIEFS, json.spin(subjects.stream()
                .map(subject -> subject.brief() == null ? "" : subject.brief()).toList()));
        for (int n = 1; n <= subjects.size(); n++) {
            session.setVariable(SecretBallot.row(SecretBallot.ROW_LEVELS_PREFIX, n), json.spin(
                    subjects.get(n - 1).allowedLevels().stream()
                            .map(level -> Map.of("label", level.label(), "value", level.name())).toList()));
        }
    }
}
