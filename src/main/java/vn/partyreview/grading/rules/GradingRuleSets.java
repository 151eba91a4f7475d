package vn.partyreview.grading.rules;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Registry of the rule sets the application knows, looked up by the id a campaign stores. */
public final class GradingRuleSets {

    public static final String DEFAULT_ID = "QD132-2018";

    private final Map<String, GradingRuleSet> byId;

    public GradingRuleSets(Collection<? extends GradingRuleSet> ruleSets) {
        this.byId = ruleSets.stream().collect(Collectors.toUnmodifiableMap(GradingRuleSet::id, Function.identity()));
    }

    /** The ids a campaign may name, in order. */
    public Set<String> ids() {
        return new TreeSet<>(byId.keySet());
    }

    public boolean knows(String id) {
        return byId.containsKey(id);
    }

    /** @param id the rule set id, or null for the default one */
    public GradingRuleSet get(String id) {
        String wanted = id == null || id.isBlank() ? DEFAULT_ID : id;
        GradingRuleSet ruleSet = byId.get(wanted);
        if (ruleSet == null) {
            throw new UnknownRuleSetException(wanted);
        }
        return ruleSet;
    }
}
