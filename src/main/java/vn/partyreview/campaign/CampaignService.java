package vn.partyreview.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.grading.rules.GradingRuleSet;
import vn.partyreview.identity.GroupRole;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.process.ProcessContract;

/** Opens and closes the campaign record a {@code campaign} process runs for. */
@Service
@Transactional
public class CampaignService {

    private final CampaignRepository campaigns;
    private final OrganizationRepository organizations;
    private final CampaignReadiness readiness;
    private final CampaignRuleSets ruleSets;

    public CampaignService(CampaignRepository campaigns, OrganizationRepository organizations,
                           CampaignReadiness readiness, CampaignRuleSets ruleSets) {
        this.campaigns = campaigns;
        this.organizations = organizations;
        this.readiness = readiness;
        this.ruleSets = ruleSets;
    }

    /** One campaign per root organisation and year, with the default rule set and deadlines. */
    public Campaign open(int year, String rootOrgCode) {
        return open(year, rootOrgCode, null, Map.of(), null);
    }

    /** As {@link #open(int, String)} under the rule set named (blank: the default one). */
    public Campaign open(int year, String rootOrgCode, String ruleSet) {
        return open(year, rootOrgCode, ruleSet, Map.of(), null);
    }

    public Campaign open(int year, String rootOrgCode, Map<String, LocalDate> entered, Authentication starter) {
        return open(year, rootOrgCode, null, entered, starter);
    }

    /**
     * As {@link #open(int, String)}, under the rule set named (blank: {@link CampaignRuleSets#choose}), with the
     * deadlines entered (a blank one takes the campaign above's, else the rule set's defaults) for a signed-in
     * starter: only the committee or standing committee of the root organisation (or an administrator) opens its
     * campaign. A null starter is the system itself. An unknown rule set, deadlines that do not hold together are
     * refused with the field's Vietnamese message ({@link DeadlineRules}).
     */
    public Campaign open(int year, String rootOrgCode, String ruleSet, Map<String, LocalDate> entered,
                         Authentication starter) {
        if (starter != null && !mayStart(starter, rootOrgCode)) {
            throw new AuthorizationException("Chỉ cấp ủy của " + rootOrgCode
                    + " được mở đợt kiểm điểm cho tổ chức này.");
        }
        Map<String, String> refusals = refusals(year, rootOrgCode, ruleSet, entered);
        if (!refusals.isEmpty()) {
            throw new BadUserRequestException(String.join(" ", refusals.values()));
        }
        Organization root = organizations.findByCode(rootOrgCode).orElseThrow();
        String chosen = ruleSets.choose(ruleSet, year, campaignAbove(year, root));
        Campaign campaign = new Campaign(year, root, chosen, deadlines(year, root, chosen, entered));
        campaign.start();
        return campaigns.save(campaign);
    }

    /**
     * Why a campaign could not be opened with these values, by start-form field: an unknown rule set or
     * organisation, a second campaign for the same year, deadlines that do not hold together. Empty when it can.
     */
    @Transactional(readOnly = true)
    public Map<String, String> refusals(int year, String rootOrgCode, String ruleSet, Map<String, LocalDate> entered) {
        Optional<String> unknownRuleSet = ruleSets.refusal(ruleSet);
        if (unknownRuleSet.isPresent()) {
            return Map.of(CampaignProcess.RULE_SET, unknownRuleSet.get());
        }
        Optional<Organization> root = organizations.findByCode(rootOrgCode);
        if (root.isEmpty()) {
            return Map.of(ProcessContract.ROOT_ORG_CODE, "Không tìm thấy tổ chức đảng " + rootOrgCode + ".");
        }
        if (campaigns.findByYearAndRootOrganization(year, root.get()).isPresent()) {
            return Map.of(CampaignProcess.YEAR, "Đã có đợt kiểm điểm năm " + year + " của " + root.get().getName()
                    + ".");
        }
        Optional<Campaign> above = campaignAbove(year, root.get());
        String chosen = ruleSets.choose(ruleSet, year, above);
        return DeadlineRules.refusals(year, deadlines(year, root.get(), chosen, entered),
                above.map(Campaign::getDeadlines).orElse(null),
                above.map(campaign -> campaign.getRootOrganization().getName()).orElse(null));
    }

    /**
     * The office holders missing in the root's subtree, all at once, as the refusal of the root organisation field;
     * empty when the campaign can run (SPEC §14: every subject needs the people who act for it).
     */
    @Transactional(readOnly = true)
    public Map<String, String> missingOfficeHolders(String rootOrgCode) {
        String refusal = organizations.findByCode(rootOrgCode).map(readiness::refusal).orElse(null);
        return refusal == null ? Map.of() : Map.of(ProcessContract.ROOT_ORG_CODE, refusal);
    }

    /**
     * The deadlines a start form or REST caller sent, by field: ISO dates, blank ones left out; one that is not a
     * date is added to {@code unreadable} with its Vietnamese message.
     */
    public static Map<String, LocalDate> enteredDeadlines(Map<String, ?> submitted, Map<String, String> unreadable) {
        Map<String, LocalDate> entered = new LinkedHashMap<>();
        for (Deadline deadline : Deadline.ALL) {
            Object value = submitted.get(deadline.field());
            if (value != null && !String.valueOf(value).isBlank()) {
                try {
                    entered.put(deadline.field(), LocalDate.parse(String.valueOf(value)));
                } catch (DateTimeParseException notADate) {
                    unreadable.put(deadline.field(), deadline.label() + " không phải một ngày hợp lệ.");
                }
            }
        }
        return entered;
    }

    private CampaignDeadlines deadlines(int year, Organization root, String ruleSet, Map<String, LocalDate> entered) {
        return CampaignDeadlines.entered(entered, campaignAbove(year, root).map(Campaign::getDeadlines)
                .orElse(CampaignRuleSets.defaultDeadlines(ruleSet, year)));
    }

    /** The nearest campaign of the same year over an organisation above the root (a ward's district's). */
    private Optional<Campaign> campaignAbove(int year, Organization root) {
        for (Organization above = root.getParent(); above != null; above = above.getParent()) {
            Optional<Campaign> campaign = campaigns.findByYearAndRootOrganization(year, above);
            if (campaign.isPresent()) {
                return campaign;
            }
        }
        return Optional.empty();
    }

    static boolean mayStart(Authentication starter, String rootOrgCode) {
        List<String> groups = starter.getGroupIds() == null ? List.of() : starter.getGroupIds();
        return groups.contains(Groups.CAMUNDA_ADMIN) || groups.contains(GroupRole.COMMITTEE.groupOf(rootOrgCode))
                || groups.contains(GroupRole.STANDING.groupOf(rootOrgCode));
    }

    /** The day grading conditions such as "admitted at least 6 months" are checked against: the decision day. */
    @Transactional(readOnly = true)
    public LocalDate gradingDay(String campaignId) {
        return deadlines(campaignId).getDecisionDeadline();
    }

    /** The year under review. */
    @Transactional(readOnly = true)
    public int year(String campaignId) {
        return campaign(campaignId).getYear();
    }

    /** The organisation at the top of the campaign's tree. */
    @Transactional(readOnly = true)
    public String rootOrganizationCode(String campaignId) {
        return campaign(campaignId).getRootOrganization().getCode();
    }

    /** The rule set the campaign grades by, fixed when it was opened. */
    @Transactional(readOnly = true)
    public String ruleSet(String campaignId) {
        return campaign(campaignId).getRuleSetId();
    }

    /** Whether the campaign's rule set grades on points: its self-assessments then ask the points. */
    @Transactional(readOnly = true)
    public boolean pointsBased(String campaignId) {
        return rules(campaignId).pointsBased();
    }

    /** The campaign's rule set, asked who is graded (its eligibility) and how: one home for each rule. */
    @Transactional(readOnly = true)
    public GradingRuleSet rules(String campaignId) {
        return ruleSets.rules(ruleSet(campaignId));
    }

    @Transactional(readOnly = true)
    public CampaignDeadlines deadlines(String campaignId) {
        return campaign(campaignId).getDeadlines();
    }

    public void close(String campaignId) {
        campaign(campaignId).close();
    }

    private Campaign campaign(String campaignId) {
        return campaigns.findById(Long.valueOf(campaignId))
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy đợt kiểm điểm " + campaignId));
    }
}
