package vn.partyreview.ballot.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.partyreview.grading.rules.Level;

/** SPEC §6 "Secret ballot", counting rule: each row is one case of the rule as the spec words it. */
class MajorityOfDenominatorRuleTest {

    private final MajorityOfDenominatorRule rule = new MajorityOfDenominatorRule(Quorum.TWO_THIRDS);

    @ParameterizedTest(name = "[{index}] {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # denominator | HTXSNV | HTTNV | HTNV | KHTNV | expected | case (SPEC §6)
            9  | 5 | 0 | 0 | 0 | HTXSNV   | more than half of the denominator at the top level
            9  | 4 | 1 | 0 | 0 | HTTNV    | cumulative: 4 HTXSNV + 1 HTTNV = 5 of 9 support HTTNV
            9  | 2 | 1 | 2 | 0 | HTNV     | cumulative down to HTNV: 2 + 1 + 2 = 5 of 9
            10 | 5 | 0 | 0 | 0 | NONE     | exactly half is not more than half: 5 of 10 at HTXSNV fails, and HTTNV has the same 5
            10 | 3 | 2 | 0 | 5 | NONE     | 5 of 10 for the completed levels and 5 for KHTNV: no majority
            9  | 0 | 0 | 0 | 5 | KHTNV    | KHTNV by more than half of the denominator
            9  | 1 | 1 | 2 | 3 | NONE     | 4 of 9 support HTNV, 3 KHTNV: the committee must decide explicitly
            12 | 3 | 3 | 0 | 0 | NONE     | the denominator, not the votes cast: 6 of 12 cast is not more than half
            7  | 0 | 4 | 0 | 0 | HTTNV    | odd denominator: 4 of 7 is a majority
            """)
    void resultIsHighestLevelSupportedByMoreThanHalfOfTheDenominator(int denominator, int htxsnv, int httnv,
                                                                       int htnv, int khtnv, String expected,
                                                                       String description) {
        Map<Level, Integer> votes = new EnumMap<>(Level.class);
        votes.put(Level.HTXSNV, htxsnv);
        votes.put(Level.HTTNV, httnv);
        votes.put(Level.HTNV, htnv);
        votes.put(Level.KHTNV, khtnv);

        SubjectOutcome outcome = rule.outcome(votes, denominator);

        assertThat(outcome.level()).as(description).isEqualTo("NONE".equals(expected) ? null : Level.valueOf(expected));
        assertThat(outcome.noMajority()).isEqualTo("NONE".equals(expected));
        assertThat(outcome.votes()).isEqualTo(votes);
    }

    @ParameterizedTest(name = "[{index}] {0} present of {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # present | denominator | met | SPEC §6: minimum attendance, default two thirds of the denominator
            6  | 9  | true
            5  | 9  | false
            7  | 10 | true
            6  | 10 | false
            2  | 2  | true
            0  | 0  | false
            """)
    void sessionOpensOnlyWithTwoThirdsOfTheDenominatorPresent(int present, int denominator, boolean met) {
        assertThat(rule.attendanceMet(present, denominator)).isEqualTo(met);
    }

    @ParameterizedTest(name = "[{index}] quorum {0} of {1} voters -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2/3 | 9  | 6
            2/3 | 10 | 7
            1/2 | 10 | 5
            3/4 | 10 | 8
            """)
    void quorumIsConfigurableAndRoundsUp(String fraction, int voters, int minimum) {
        assertThat(Quorum.parse(fraction).minimumAttendance(voters)).isEqualTo(minimum);
    }

    @ParameterizedTest
    @CsvSource({"3/2", "2", "a/b", "1/0"})
    void quorumOutsideZeroToOneIsRefused(String fraction) {
        assertThatThrownBy(() -> Quorum.parse(fraction)).isInstanceOf(IllegalArgumentException.class);
    }
}
