package vn.partyreview.campaign;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.identity.GroupRole;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;

/** Opens and closes the campaign record a {@code campaign} process runs for. */
@Service
@Transactional
public class CampaignService {

    private final CampaignRepository campaigns;
    private final OrganizationRepository organizations;

    public CampaignService(CampaignRepository campaigns, OrganizationRepository organizations) {
        this.campaigns = campaigns;
        this.organizations = organizations;
    }

    /** One campaign per root organisation and year, with the district plan's default deadlines. */
    public Campaign open(int year, String rootOrgCode) {
        return open(year, rootOrgCode, null);
    }

    /**
     * As {@link #open(int, String)}, for a signed-in starter: only the committee or standing committee of the root
     * organisation (or an administrator) opens its campaign. A null starter is the system itself.
     */
    public Campaign open(int year, String rootOrgCode, Authentication starter) {
        if (starter != null && !mayStart(starter, rootOrgCode)) {
            throw new AuthorizationException("Chỉ cấp ủy của " + rootOrgCode
                    + " được mở đợt kiểm điểm cho tổ chức này.");
        }
        Organization root = organizations.findByCode(rootOrgCode)
                .orElseThrow(() -> new BadUserRequestException("Không tìm thấy tổ chức đảng " + rootOrgCode));
        if (campaigns.findByYearAndRootOrganization(year, root).isPresent()) {
            throw new BadUserRequestException("Đã có đợt kiểm điểm năm " + year + " của " + root.getName());
        }
        Campaign campaign = new Campaign(year, root, Campaign.DEFAULT_RULE_SET,
                CampaignDeadlines.districtPlanDefaults(year));
        campaign.start();
        return campaigns.save(campaign);
    }

    private static boolean mayStart(Authentication starter, String rootOrgCode) {
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
