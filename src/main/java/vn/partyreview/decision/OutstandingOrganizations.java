package vn.partyreview.decision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.campaign.CampaignService;
import vn.partyreview.facts.FactNames;
import vn.partyreview.facts.SubjectFacts;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.subjects.ReviewAssignments;

/**
 * QĐ 366 Đ11: up to 25% of the members of a basic party organisation may be decided HTXSNV where the competent body
 * (the one deciding the organisation's level) marks it outstanding. The mark is a recorded fact of the organisation
 * with who, when and why; the member decision sessions read it from the records when they count.
 */
@Service
@Transactional
public class OutstandingOrganizations {

    private final CampaignService campaigns;
    private final OrganizationRepository organizations;
    private final ReviewAssignments review;
    private final SubjectFacts facts;

    OutstandingOrganizations(CampaignService campaigns, OrganizationRepository organizations, ReviewAssignments review,
                             SubjectFacts facts) {
        this.campaigns = campaigns;
        this.organizations = organizations;
        this.review = review;
        this.facts = facts;
    }

    /** Whether {@code caller} is on the body deciding the organisation's level (or an administrator). */
    @Transactional(readOnly = true)
    public boolean mayMark(Authentication caller, String orgCode) {
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        return groups.contains(Groups.CAMUNDA_ADMIN) || groups.contains(review.decidingGroup(orgCode));
    }

    /** Why {@code caller} may not mark the organisation so, by API field; empty when the mark is recorded. */
    public Map<String, String> mark(String campaignId, String orgCode, boolean outstanding, String reasons,
                                    Authentication caller) {
        Map<String, String> refusals = refusals(campaignId, orgCode, reasons, caller);
        if (refusals.isEmpty()) {
            facts.record(campaignId, SubjectType.PARTY_ORGANIZATION, orgCode, Map.of(FactNames.OUTSTANDING,
                    Map.of("marked", outstanding, "reasons", reasons.trim())), caller.getUserId());
        }
        return refusals;
    }

    /** Why the mark would be refused, by API field, recording nothing; a caller off the deciding body throws. */
    @Transactional(readOnly = true)
    public Map<String, String> refusals(String campaignId, String orgCode, String reasons, Authentication caller) {
        Map<String, String> refusals = new LinkedHashMap<>();
        if (!campaigns.pointsBased(campaignId)) {
            refusals.put("outstanding", "Bộ tiêu chuẩn " + campaigns.ruleSet(campaignId)
                    + " của đợt này không có tỷ lệ 25% cho tổ chức đảng tiêu biểu.");
        }
        if (!isGradedOrganization(campaignId, orgCode)) {
            refusals.put("code", "Tổ chức đảng " + orgCode + " không thuộc đợt kiểm điểm này.");
        } else if (!review.basicOrganizationCode(orgCode).equals(orgCode)) {
            refusals.put("code", "Chỉ đánh dấu tiêu biểu cho tổ chức cơ sở đảng, không cho chi bộ trực thuộc.");
        } else if (!mayMark(caller, orgCode)) {
            throw new AuthorizationException("Chỉ cấp có thẩm quyền quyết định xếp loại " + orgCode + " ("
                    + review.decidingGroup(orgCode) + ") được đánh dấu tổ chức tiêu biểu.");
        }
        if (reasons == null || reasons.isBlank()) {
            refusals.put("reasons", "Phải ghi lý do đánh giá tổ chức đảng tiêu biểu.");
        }
        return refusals;
    }

    /** Whether the basic organisation of {@code orgCode} (a cell's or its own) is marked outstanding now. */
    @Transactional(readOnly = true)
    public boolean isOutstanding(String campaignId, String orgCode) {
        Object mark = facts.current(campaignId, SubjectType.PARTY_ORGANIZATION, review.basicOrganizationCode(orgCode))
                .get(FactNames.OUTSTANDING);
        return mark instanceof Map<?, ?> marked && Boolean.TRUE.equals(marked.get("marked"));
    }

    /** Whether the organisation is in the campaign's tree: its root or under it. */
    @Transactional(readOnly = true)
    public boolean isGradedOrganization(String campaignId, String orgCode) {
        String root = campaigns.rootOrganizationCode(campaignId);
        for (Organization org = organizations.findByCode(orgCode).orElse(null); org != null; org = org.getParent()) {
            if (org.getCode().equals(root)) {
                return true;
            }
        }
        return false;
    }
}
