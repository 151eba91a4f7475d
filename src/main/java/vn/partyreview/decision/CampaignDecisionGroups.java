package vn.partyreview.decision;

import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.campaign.BusinessKeys;
import vn.partyreview.campaign.CampaignService;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationKind;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.subjects.CampaignSubjects;
import vn.partyreview.subjects.LeadershipAssignments;
import vn.partyreview.subjects.ReviewAssignments;

/** The decision groups of a campaign from the organisation tree: who is decided together, by whose body. */
@Component
@Transactional(readOnly = true)
class CampaignDecisionGroups implements DecisionGroups {

    private final OrganizationRepository organizations;
    private final ReviewAssignments review;
    private final LeadershipAssignments leadership;
    private final CampaignSubjects subjects;
    private final CampaignService campaigns;
    private final BusinessKeys businessKeys;

    CampaignDecisionGroups(OrganizationRepository organizations, ReviewAssignments review,
                           LeadershipAssignments leadership, CampaignSubjects subjects, CampaignService campaigns,
                           BusinessKeys businessKeys) {
        this.organizations = organizations;
        this.review = review;
        this.leadership = leadership;
        this.subjects = subjects;
        this.campaigns = campaigns;
        this.businessKeys = businessKeys;
    }

    @Override
    public DecisionGroup of(String campaignId, String subjectType, String unitCode) {
        SubjectType type = SubjectType.valueOf(subjectType);
        return switch (type) {
            case MEMBER -> members(campaignId, organization(unitCode));
            case PARTY_ORGANIZATION -> organizations(campaignId, organization(unitCode));
            case LEADERSHIP_COLLECTIVE -> {
                LeadershipAssignments.CollectiveAssignment collective = leadership.forCollective(unitCode,
                        subjects.organizationOf(campaignId, type, unitCode));
                yield new DecisionGroup(collective.quotaGroup(), collective.decidingOrgCode(),
                        leadership.decidedTogether(unitCode, inCampaign(campaignId)));
            }
            case LEADER -> {
                String level = subjects.organizationOf(campaignId, type, unitCode);
                LeadershipAssignments.LeaderAssignment leader = leadership.forLeader(level, unitCode);
                if (!leader.decidedInSystem()) {
                    throw new IllegalStateException("Cán bộ " + unitCode + " do cấp trên ngoài hệ thống quyết định "
                            + "xếp loại: kết quả được gửi lên, không xét trong hệ thống");
                }
                yield new DecisionGroup(leader.quotaGroup(), leader.decidingOrgCode(),
                        leadership.equivalentLeaders(level, unitCode));
            }
        };
    }

    @Override
    public String sessionKey(String quotaGroup) {
        return businessKeys.decisionGroup(quotaGroup);
    }

    /** A cell's members: with every member of the cells of its basic organisation, decided by that committee. */
    private DecisionGroup members(String campaignId, Organization cell) {
        Organization basic = cell.getKind() == OrganizationKind.CELL ? cell.getParent() : cell;
        List<String> cells = basic.getKind().isCell() ? List.of(basic.getCode())
                : organizations.findByParent(basic).stream().filter(org -> org.getKind().isCell())
                .filter(inCampaign(campaignId)).map(Organization::getCode).sorted().toList();
        return new DecisionGroup(review.memberQuotaGroup(cell.getCode()), basic.getCode(), cells);
    }

    /**
     * An organisation: with the others under the same committee in this campaign. The root of the tree, decided by
     * its own bodies after everything below it, is a group of its own making.
     */
    private DecisionGroup organizations(String campaignId, Organization org) {
        Organization superior = org.getParent();
        List<String> units = superior == null ? List.of(org.getCode())
                : organizations.findByParent(superior).stream().filter(inCampaign(campaignId))
                .map(Organization::getCode).sorted().toList();
        return new DecisionGroup(review.quotaGroup(org.getCode()),
                superior == null ? org.getCode() : superior.getCode(), units);
    }

    private Predicate<Organization> inCampaign(String campaignId) {
        String root = campaigns.rootOrganizationCode(campaignId);
        return org -> {
            for (Organization at = org; at != null; at = at.getParent()) {
                if (at.getCode().equals(root)) {
                    return true;
                }
            }
            return false;
        };
    }

    private Organization organization(String code) {
        return organizations.findByCode(code)
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy tổ chức đảng " + code));
    }
}
