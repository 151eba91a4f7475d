package vn.partyreview.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.partyreview.grading.rules.GradingRuleSets;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.Reason;
import vn.partyreview.grading.rules.qd132.Qd132RuleSet;

class GradingServiceDecisionTest {

    private final GradingService grading = new GradingService(new GradingRuleSets(List.of(new Qd132RuleSet())));

    /** Group columns: HTXSNV and HTTNV already decided in the group, this decision excluded. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            decision at the ceiling,                       HTTNV,  HTTNV, 0, 0, -
            decision below the ceiling,                    HTNV,   HTXSNV, 0, 0, -
            decision above the ceiling,                    HTXSNV, HTTNV, 0, 0, DECISION-ABOVE-CEILING
            subject not graded,                            HTNV,   -,     0, 0, DECISION-NOT-GRADED
            QUOTA N=4 first HTXSNV allowed,                HTXSNV, HTXSNV, 0, 3, -
            QUOTA N=4 second HTXSNV refused,               HTXSNV, HTXSNV, 1, 2, QUOTA-20PCT-v1
            QUOTA N=5 second HTXSNV refused,               HTXSNV, HTXSNV, 1, 3, QUOTA-20PCT-v1
            QUOTA N=10 second HTXSNV allowed,              HTXSNV, HTXSNV, 1, 8, -
            QUOTA N=10 third HTXSNV refused,               HTXSNV, HTXSNV, 2, 7, QUOTA-20PCT-v1
            QUOTA only counts HTXSNV decisions,            HTTNV,  HTXSNV, 5, 0, -
            """)
    void refusesLevelsAboveTheCeilingOrBeyondTheQuota(String clause, Level decided, Level ceiling, int htxsnv,
                                                      int httnv, String expectedRule) {
        List<Level> group = new ArrayList<>(Collections.nCopies(htxsnv, Level.HTXSNV));
        group.addAll(Collections.nCopies(httnv, Level.HTTNV));

        List<Reason> problems = grading.decisionProblems(null, decided, ceiling, group);

        assertThat(problems).extracting(Reason::rule)
                .containsExactlyElementsOf(expectedRule == null ? List.of() : Arrays.asList(expectedRule));
    }
}
