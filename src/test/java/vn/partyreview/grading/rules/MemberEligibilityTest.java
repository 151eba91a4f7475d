package vn.partyreview.grading.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.partyreview.grading.rules.qd132.Qd132RuleSet;
import vn.partyreview.grading.rules.qd366.Qd366RuleSet;

/**
 * Who is graded at all, as the campaign asks it when it includes a member ({@link GradingFacts#standing}): the
 * rule set's own eligibility clause, the one the decision applies again.
 */
class MemberEligibilityTest {

    private final GradingRuleSets ruleSets = new GradingRuleSets(List.of(new Qd132RuleSet(),
            new Qd366RuleSet()));

    @ParameterizedTest(name = "{0}: {1} months, exempt {2}, suspended {3}, committee only {4} -> {5}")
    @CsvSource({
            // QĐ 132 [P II.2.1] exempt and suspended members are not graded; [P II.6] admitted under 6 months
            "QD132-2018, 6, false, false, false, ''",
            "QD132-2018, 5, false, false, false, II.6-admitted-under-6-months",
            "QD132-2018, 60, true, false, false, II.2.1-exempt",
            "QD132-2018, 60, false, true, false, II.2.1-suspended",
            "QD132-2018, 60, false, false, true, ''",
            // QĐ 366 Điều 5: the same three, with the threshold of the rule set
            "QD366-2025, 6, false, false, false, ''",
            "QD366-2025, 5, false, false, false, D5-admitted-recently",
            "QD366-2025, 60, true, false, false, D5-exempt",
            "QD366-2025, 60, false, true, false, D5-suspended",
            "QD366-2025, 60, false, false, true, ''",
    })
    void theRuleSetAloneSaysWhetherAMemberIsGraded(String ruleSet, int months, boolean exempt, boolean suspended,
                                                   boolean committeeOnly, String reason) {
        var reasons = ruleSets.get(ruleSet).notGradedReasons(SubjectType.MEMBER,
                GradingFacts.standing(BigDecimal.valueOf(months), exempt, suspended, committeeOnly));

        assertThat(reasons).extracting(Reason::rule).isEqualTo(reason.isEmpty() ? List.of()
                : List.of(reason));
    }
}
