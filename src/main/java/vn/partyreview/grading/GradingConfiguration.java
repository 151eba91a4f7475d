package vn.partyreview.grading;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.partyreview.grading.rules.GradingRuleSet;
import vn.partyreview.grading.rules.GradingRuleSets;
import vn.partyreview.grading.rules.qd132.Qd132RuleSet;
import vn.partyreview.grading.rules.qd366.Qd366RuleSet;
import vn.partyreview.grading.rules.qd366.Qd366Thresholds;

/** Every GradingRuleSet bean joins the registry: a new regulation is one more bean, callers stay unchanged. */
@Configuration
class GradingConfiguration {

    @Bean
    Qd132RuleSet qd132RuleSet() {
        return new Qd132RuleSet();
    }

    @Bean
    Qd366RuleSet qd366RuleSet() {
        return new Qd366RuleSet(Qd366Thresholds.standard());
    }

    @Bean
    GradingRuleSets gradingRuleSets(List<GradingRuleSet> ruleSets) {
        return new GradingRuleSets(ruleSets);
    }
}
