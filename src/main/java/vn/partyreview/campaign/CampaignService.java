package vn.partyreview.campaign;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
        Organization root = organizations.findByCode(rootOrgCode)
                .orElseThrow(() -> new IllegalArgumentException("Không tìm thấy tổ chức đảng " + rootOrgCode));
        if (campaigns.findByYearAndRootOrganization(year, root).isPresent()) {
            throw new IllegalStateException("Đã có đợt kiểm điểm năm " + year + " của " + root.getName());
        }
        Campaign campaign = new Campaign(year, root, Campaign.DEFAULT_RULE_SET,
                CampaignDeadlines.districtPlanDefaults(year));
        campaign.start();
        return campaigns.save(campaign);
    }

    /** The day grading conditions such as "admitted at least 6 months" are checked against: the decision day. */
    @Transactional(readOnly = true)
    public LocalDate gradingDay(String campaignId) {
        return campaign(campaignId).getDeadlines().getDecisionDeadline();
    }

    public void close(String campaignId) {
        campaign(campaignId).close();
    }

    private Campaign campaign(String campaignId) {
        return campaigns.findById(Long.valueOf(campaignId))
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy đợt kiểm điểm " + campaignId));
    }
}
