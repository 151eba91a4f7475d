package vn.partyreview.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.partyreview.ballot.BallotResult;
import vn.partyreview.ballot.BallotSession;
import vn.partyreview.ballot.BallotSubject;
import vn.partyreview.ballot.counting.SubjectOutcome;
import vn.partyreview.grading.DecidedLevels;
import vn.partyreview.grading.DecisionRecord;
import vn.partyreview.grading.DecisionSubjects;
import vn.partyreview.grading.GradingInputReader;
import vn.partyreview.grading.GradingService;
import vn.partyreview.grading.SubjectCeiling;
import vn.partyreview.grading.rules.GradingRuleSets;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.qd132.Qd132RuleSet;

/**
 * A session's count and record against the records: ceilings computed now, the quota over the whole group with the
 * earlier sessions' decisions, the chair's answer; the ballot box stands in with fixed counts.
 */
class DecisionSessionsTest {

    private static final String EXCELLENT = """
            [{"code": "nhiem-vu", "key": true, "rating": "XUAT_SAC"}, {"code": "tu-tuong", "key": false, "rating": "TOT"}]""";
    private static final String NO_FACTS = "{}";
    private static final String SICK_FOUR_MONTHS = "{\"sickLeaveMonths\": 4}";

    private final Map<String, DecisionSubjects.DecisionSubject> records = new HashMap<>();
    private final Map<String, BallotResult> ballots = new HashMap<>();
    private final List<DecisionRecord> decided = new ArrayList<>();
    private final DecisionSessions sessions = sessions();

    @Test
    void aCeilingLoweredSinceTheBallotCapsTheLevelWithTheReason() {
        member("A", SICK_FOUR_MONTHS);
        ballot("S1", row("A", 0, 3, 0, 0));

        SessionOutcome outcome = sessions.count("1", "MEMBER", "S1", DecisionSessions.ChairAnswer.NONE);

        assertThat(outcome.rows()).singleElement().satisfies(row -> {
            assertThat(row.ballotLevel()).isEqualTo(Level.HTTNV);
            assertThat(row.level()).isEqualTo(Level.HTNV);
            assertThat(row.note()).contains("mức tối đa");
        });
        assertThat(outcome.confirmable()).isTrue();
    }

    @Test
    void beyondTheCapThoseWithMostHtxsnvVotesKeepItAndEveryoneIsRecordedAsDecidedByTheBody() {
        List.of("A", "B", "C").forEach(id -> member(id, NO_FACTS));
        ballot("S1", row("A", 2, 1, 0, 0), row("B", 3, 0, 0, 0), row("C", 0, 3, 0, 0));

        SessionOutcome outcome = sessions.count("1", "MEMBER", "S1", DecisionSessions.ChairAnswer.NONE);
        sessions.record("1", "MEMBER", outcome, DecisionSessions.ChairAnswer.NONE, "bithu");

        assertThat(decided).extracting(DecisionRecord::subjectId, DecisionRecord::level, DecisionRecord::decidedBy,
                        DecisionRecord::sessionId, DecisionRecord::confirmedBy, DecisionRecord::quotaGroup)
                .containsExactly(tuple("A", Level.HTTNV, "DU-1.committee", "S1", "bithu", "DU-1/MEMBER"),
                        tuple("B", Level.HTXSNV, "DU-1.committee", "S1", "bithu", "DU-1/MEMBER"),
                        tuple("C", Level.HTTNV, "DU-1.committee", "S1", "bithu", "DU-1/MEMBER"));
        assertThat(decided.get(0).reasons()).contains("20%");
        assertThat(decided.get(1).votesJson()).isEqualTo("{\"HTXSNV\":3,\"HTTNV\":0,\"HTNV\":0,\"KHTNV\":0}");
    }

    @Test
    void aTieForTheLastSlotWaitsForTheChairWhoMustGiveAReason() {
        List.of("A", "B", "C").forEach(id -> member(id, NO_FACTS));
        ballot("S1", row("A", 3, 0, 0, 0), row("B", 3, 0, 0, 0), row("C", 0, 3, 0, 0));

        SessionOutcome waiting = sessions.count("1", "MEMBER", "S1", DecisionSessions.ChairAnswer.NONE);
        assertThat(waiting.confirmable()).isFalse();
        assertThat(waiting.tied()).containsExactly("A", "B");
        assertThat(sessions.count("1", "MEMBER", "S1", answer(Map.of(), Set.of("B"), "")).problems())
                .containsExactly("Ghi lý do chọn trong số các đồng chí bằng số phiếu.");
        assertThat(sessions.count("1", "MEMBER", "S1", answer(Map.of(), Set.of("A", "B"), "x")).problems())
                .containsExactly("Chọn đúng 1 trong số các đồng chí bằng số phiếu.");

        DecisionSessions.ChairAnswer chair = answer(Map.of(), Set.of("B"), "Có thành tích nổi bật hơn");
        SessionOutcome settled = sessions.count("1", "MEMBER", "S1", chair);
        assertThat(settled.confirmable()).isTrue();
        sessions.record("1", "MEMBER", settled, chair, "bithu");
        assertThat(decided).extracting(DecisionRecord::subjectId, DecisionRecord::level)
                .containsExactly(tuple("A", Level.HTTNV), tuple("B", Level.HTXSNV), tuple("C", Level.HTTNV));
        assertThat(decided.get(1).reasons()).contains("Có thành tích nổi bật hơn");
    }

    @Test
    void theChairSettlesNoMajorityWithinTheCeilingAndNeverChangesAMajority() {
        member("A", NO_FACTS);
        member("B", SICK_FOUR_MONTHS);
        ballot("S1", row("A", 0, 3, 0, 0), row("B", 0, 1, 0, 0));

        SessionOutcome open = sessions.count("1", "MEMBER", "S1", DecisionSessions.ChairAnswer.NONE);
        assertThat(open.unsettled()).containsExactly("B");
        assertThat(sessions.count("1", "MEMBER", "S1", answer(Map.of("B", Level.HTTNV), Set.of(), "")).problems())
                .singleElement().asString().contains("mức tối đa");
        assertThat(sessions.count("1", "MEMBER", "S1", answer(Map.of("A", Level.HTXSNV, "B", Level.HTNV), Set.of(),
                "")).problems()).singleElement().asString().contains("đã đạt đa số");

        DecisionSessions.ChairAnswer chair = answer(Map.of("B", Level.HTNV), Set.of(), "");
        sessions.record("1", "MEMBER", sessions.count("1", "MEMBER", "S1", chair), chair, "bithu");
        assertThat(decided).extracting(DecisionRecord::subjectId, DecisionRecord::level)
                .containsExactly(tuple("A", Level.HTTNV), tuple("B", Level.HTNV));
    }

    @Test
    void theSameGroupGetsTheSameLevelsWhateverTheOrderItsSubjectsBecameReady() {
        List.of("A", "B", "C", "D", "E", "F").forEach(id -> member(id, NO_FACTS));
        List<Map.Entry<String, int[]>> votes = List.of(Map.entry("A", new int[] {3, 0, 0, 0}),
                Map.entry("B", new int[] {2, 1, 0, 0}), Map.entry("C", new int[] {0, 3, 0, 0}),
                Map.entry("D", new int[] {2, 1, 0, 0}), Map.entry("E", new int[] {0, 3, 0, 0}),
                Map.entry("F", new int[] {0, 3, 0, 0}));
        Map<String, Level> first = decideInOrder(votes);
        List<Map.Entry<String, int[]>> reversed = new ArrayList<>(votes);
        Collections.reverse(reversed);
        decided.clear();
        Map<String, Level> second = decideInOrder(reversed);

        assertThat(second).isEqualTo(first);
        // six at HTTNV or better allow one HTXSNV: A has the most votes for it, B and D take HTTNV
        assertThat(first).containsEntry("A", Level.HTXSNV).containsEntry("B", Level.HTTNV)
                .containsEntry("D", Level.HTTNV).containsEntry("C", Level.HTTNV);
    }

    /** One session over the group, its list in the order the subjects became ready; no tie is left to the chair. */
    private Map<String, Level> decideInOrder(List<Map.Entry<String, int[]>> votes) {
        BallotResult.SubjectResult[] rows = votes.stream().map(entry -> row(entry.getKey(), entry.getValue()[0],
                entry.getValue()[1], entry.getValue()[2], entry.getValue()[3])).toArray(BallotResult.SubjectResult[]::new);
        ballot("S-order", rows);
        SessionOutcome outcome = sessions.count("1", "MEMBER", "S-order", DecisionSessions.ChairAnswer.NONE);
        assertThat(outcome.confirmable()).isTrue();
        Map<String, Level> levels = new LinkedHashMap<>();
        outcome.rows().forEach(row -> levels.put(row.subjectId(), row.level()));
        return levels;
    }

    private void member(String id, String facts) {
        records.put(id, new DecisionSubjects.DecisionSubject("QD132-2018", EXCELLENT, facts, "DU-1/MEMBER",
                "DU-1.committee"));
    }

    private static DecisionSessions.ChairAnswer answer(Map<String, Level> settled, Set<String> keeps, String reason) {
        return new DecisionSessions.ChairAnswer(settled, keeps, reason, "");
    }

    /** Counted by the default rule over 3 voters: a level needs 2 cumulative votes. */
    private void ballot(String sessionId, BallotResult.SubjectResult... rows) {
        BallotSession session = new BallotSession(sessionId, "pi", "Phiên xét", "CB-1", "DU-1.committee",
                "MAJORITY_OF_DENOMINATOR", "2/3", BallotSession.Status.CLOSED, 3, 3, 3, 2, 0,
                OffsetDateTime.now(), OffsetDateTime.now(), "bithu", OffsetDateTime.now(), OffsetDateTime.now());
        ballots.put(sessionId, new BallotResult(session, List.of(rows), 3));
    }

    private static BallotResult.SubjectResult row(String id, int htxsnv, int httnv, int htnv, int khtnv) {
        Map<Level, Integer> votes = new EnumMap<>(Level.class);
        votes.put(Level.HTXSNV, htxsnv);
        votes.put(Level.HTTNV, httnv);
        votes.put(Level.HTNV, htnv);
        votes.put(Level.KHTNV, khtnv);
        int cumulative = 0;
        Level reached = null;
        for (Level level : Level.values()) {
            cumulative += votes.get(level);
            if (reached == null && cumulative * 2 > 3) {
                reached = level;
            }
        }
        return new BallotResult.SubjectResult(new BallotSubject(id, "Đồng chí " + id), new SubjectOutcome(reached,
                votes));
    }

    private DecisionSessions sessions() {
        ObjectMapper mapper = new ObjectMapper();
        DecisionSubjects subjects = (campaignId, subjectType, subjectId) -> records.get(subjectId);
        GradingService grading = new GradingService(new GradingRuleSets(List.of(new Qd132RuleSet())));
        SubjectCeiling ceiling = new SubjectCeiling(subjects, grading,
                new GradingInputReader(mapper, Validation.buildDefaultValidatorFactory().getValidator()), mapper);
        DecidedLevels levels = new DecidedLevels() {
            @Override
            public List<Level> levelsInGroup(String campaignId, String quotaGroup) {
                return decided.stream().filter(d -> d.quotaGroup().equals(quotaGroup)).map(DecisionRecord::level)
                        .toList();
            }

            @Override
            public void record(DecisionRecord decision) {
                decided.add(decision);
            }
        };
        CountedBallots counted = new CountedBallots(null, null) {
            @Override
            Optional<BallotResult> held(String sessionId) {
                return Optional.of(ballots.get(sessionId));
            }
        };
        return new DecisionSessions(subjects, ceiling, grading, levels, counted, mapper);
    }
}
