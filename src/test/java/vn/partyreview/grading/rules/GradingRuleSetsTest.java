package vn.partyreview.grading.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.partyreview.grading.rules.qd132.Qd132RuleSet;
import vn.partyreview.grading.rules.qd366.Qd366RuleSet;

class GradingRuleSetsTest {

    private final GradingRuleSets registry = new GradingRuleSets(List.of(new Qd132RuleSet(), new Qd366RuleSet()));

    @Test
    void picksTheRuleSetById() {
        assertThat(registry.get("QD132-2018").id()).isEqualTo("QD132-2018");
        assertThat(registry.get("QD366-2025").id()).isEqualTo("QD366-2025");
    }

    @Test
    void defaultsToQd132WhenNoIdIsGiven() {
        assertThat(registry.get(null).id()).isEqualTo("QD132-2018");
        assertThat(registry.get(" ").id()).isEqualTo("QD132-2018");
    }

    @Test
    void rejectsAnUnknownId() {
        assertThatThrownBy(() -> registry.get("QD124-2023")).isInstanceOf(UnknownRuleSetException.class);
    }
}
