package vn.partyreview.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.partyreview.grading.rules.GradingResult;
import vn.partyreview.grading.rules.GradingRuleSet;
import vn.partyreview.grading.rules.GradingRuleSets;
import vn.partyreview.grading.rules.GradingSubject;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.QuotaResult;
import vn.partyreview.grading.rules.QuotaRule;
import vn.partyreview.grading.rules.WholeGroupQuota;
import vn.partyreview.grading.rules.Reason;

/** Grading entry point shared by the API and the process delegates; the rule set is picked per campaign. */
@Service
public class GradingService {

    private final GradingRuleSets ruleSets;

    public GradingService(GradingRuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    public GradingResult evaluate(String ruleSetId, GradingSubject subject) {
        return ruleSets.get(ruleSetId).evaluate(subject);
    }

    public QuotaResult quota(String ruleSetId, List<Level> groupLevels) {
        return ruleSets.get(ruleSetId).quota(groupLevels);
    }

    /** The campaign's quota applied over a whole group at once, as a decision session applies it. */
    public WholeGroupQuota wholeGroupQuota(String ruleSetId) {
        GradingRuleSet ruleSet = ruleSets.get(ruleSetId);
        return new WholeGroupQuota(new QuotaRule() {
            @Override
            public String id() {
                return ruleSet.quota(List.of()).rule();
            }

            @Override
            public QuotaResult apply(List<Level> groupLevels) {
                return ruleSet.quota(groupLevels);
            }
        });
    }

    /**
     * Why a decided level may not stand: above the standards' ceiling, or an HTXSNV beyond the group's quota.
     *
     * @param ceiling     the highest level the standards allow, null when the subject is not graded
     * @param groupLevels levels already decided in the subject's quota group, without this decision
     * @return empty when the decision is allowed
     */
    public List<Reason> decisionProblems(String ruleSetId, Level decided, Level ceiling, List<Level> groupLevels) {
        if (ceiling == null) {
            return List.of(new Reason("DECISION-NOT-GRADED",
                    "Đối tượng không thuộc diện xếp loại nên không quyết định mức xếp loại."));
        }
        List<Reason> problems = new ArrayList<>();
        if (decided.isAbove(ceiling)) {
            problems.add(new Reason("DECISION-ABOVE-CEILING",
                    "Mức \"%s\" cao hơn mức tối đa theo tiêu chuẩn xếp loại (\"%s\")."
                            .formatted(decided.label(), ceiling.label())));
        }
        if (decided == Level.HTXSNV) {
            quotaProblem(ruleSets.get(ruleSetId), groupLevels).ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<Reason> quotaProblem(GradingRuleSet ruleSet, List<Level> groupLevels) {
        List<Level> withDecision = new ArrayList<>(groupLevels);
        withDecision.add(Level.HTXSNV);
        QuotaResult quota = ruleSet.quota(withDecision);
        long alreadyHtxsnv = groupLevels.stream().filter(level -> level == Level.HTXSNV).count();
        if (alreadyHtxsnv + 1 <= quota.maxHtxsnv()) {
            return Optional.empty();
        }
        return Optional.of(new Reason(quota.rule(),
                "Vượt tỷ lệ \"%s\" (quy tắc %s): nhóm có %d đối tượng xếp loại \"%s\" trở lên nên chỉ được tối đa %d đối tượng \"%s\", đã có %d."
                        .formatted(Level.HTXSNV.label(), quota.rule(), quota.httnvOrBetter(), Level.HTTNV.label(),
                                quota.maxHtxsnv(), Level.HTXSNV.label(), alreadyHtxsnv)));
    }
}
