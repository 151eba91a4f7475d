package vn.partyreview.campaign;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.partyreview.grading.rules.GradingRuleSet;
import vn.partyreview.grading.rules.GradingRuleSets;
import vn.partyreview.grading.rules.qd132.Qd132RuleSet;
import vn.partyreview.grading.rules.qd366.Qd366RuleSet;

/**
 * Which rule set a campaign grades by (issue 13): the one its starter names, else its superior's campaign's of the
 * same year, else the regulation in force in its year (QĐ 366 from 2025, signed 30/8/2025 and graded in December).
 * Also the deadlines a rule set's guidance sets by default.
 */
@Component
class CampaignRuleSets {

    /** The first year reviewed under QĐ 366-QĐ/TW. */
    static final int QD366_FROM_YEAR = 2025;

    private final GradingRuleSets ruleSets;

    CampaignRuleSets(GradingRuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    /** The rule set named, or else the one of the campaign above, or else the one in force that year. */
    String choose(String named, int year, Optional<Campaign> above) {
        if (named != null && !named.isBlank()) {
            return named.trim();
        }
        return above.map(Campaign::getRuleSetId).orElse(inForce(year));
    }

    static String inForce(int year) {
        return year >= QD366_FROM_YEAR ? Qd366RuleSet.ID : Qd132RuleSet.ID;
    }

    /** The Vietnamese refusal of a rule set nobody knows, naming those known; empty when it is known or blank. */
    Optional<String> refusal(String named) {
        if (named == null || named.isBlank() || ruleSets.knows(named.trim())) {
            return Optional.empty();
        }
        return Optional.of("Không có bộ tiêu chuẩn " + named + "; chỉ chọn một trong: "
                + String.join(", ", ruleSets.ids()) + ".");
    }

    /**
     * The deadlines where neither the starter nor a campaign above sets them: HD 43-HD/BTCTW asks the review to be
     * finished before 31/12 (decision 30/12), the seeds' district plan ends on 25/12.
     */
    static CampaignDeadlines defaultDeadlines(String ruleSet, int year) {
        return Qd366RuleSet.ID.equals(ruleSet) ? CampaignDeadlines.hd43Defaults(year)
                : CampaignDeadlines.districtPlanDefaults(year);
    }

    GradingRuleSet rules(String ruleSet) {
        return ruleSets.get(ruleSet);
    }
}
