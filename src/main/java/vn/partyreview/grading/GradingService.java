package vn.partyreview.grading;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.partyreview.grading.rules.GradingResult;
import vn.partyreview.grading.rules.GradingRuleSet;
import vn.partyreview.grading.rules.GradingRuleSets;
import vn.partyreview.grading.rules.GradingSubject;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.QuotaResult;
import vn.partyreview.grading.rules.QuotaRule;
import vn.partyreview.grading.rules.WholeGroupQuota;

/** Grading entry point shared by the API and the process delegates; the rule set is picked per campaign. */
@Service
public class GradingService {

    private final GradingRuleSets ruleSets;

    public GradingService(GradingRuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    /** @throws InvalidGradingInputException where the rule set lacks input it needs (e.g. QD366-2025 scores) */
    public GradingResult evaluate(String ruleSetId, GradingSubject subject) {
        GradingRuleSet ruleSet = ruleSets.get(ruleSetId);
        List<InputError> problems = ruleSet.inputProblems(subject).stream()
                .map(problem -> new InputError(problem.field(), problem.message()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidGradingInputException(problems);
        }
        return ruleSet.evaluate(subject);
    }

    /** @param outstanding the competent body marked the organisation outstanding (rule sets without it ignore it) */
    public QuotaResult quota(String ruleSetId, List<Level> groupLevels, boolean outstanding) {
        return ruleSets.get(ruleSetId).quota(groupLevels, outstanding);
    }

    /** The campaign's quota applied over a whole group at once, as a decision session applies it. */
    public WholeGroupQuota wholeGroupQuota(String ruleSetId) {
        return wholeGroupQuota(ruleSetId, false);
    }

    /** As above, for a group whose organisation the competent body marked outstanding (or not). */
    public WholeGroupQuota wholeGroupQuota(String ruleSetId, boolean outstanding) {
        GradingRuleSet ruleSet = ruleSets.get(ruleSetId);
        return new WholeGroupQuota(new QuotaRule() {
            @Override
            public String id() {
                return ruleSet.quota(List.of(), outstanding).rule();
            }

            @Override
            public QuotaResult apply(List<Level> groupLevels) {
                return ruleSet.quota(groupLevels, outstanding);
            }
        });
    }
}
