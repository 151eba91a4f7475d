package vn.partyreview.reports;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.partyreview.campaign.Campaign;
import vn.partyreview.campaign.CampaignReaders;
import vn.partyreview.campaign.CampaignRepository;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;

/** The caller, the campaign and organisation a page names, read from our records; callers hold a transaction. */
@Component
class ReportAccess {

    private static final String NUMBER = "[0-9]{1,18}";
    private static final String CODE = "[A-Za-z0-9._-]{1,64}";

    private final IdentityService identity;
    private final CampaignReaders readers;
    private final PartyMemberRepository members;
    private final CampaignRepository campaigns;
    private final OrganizationRepository organizations;

    ReportAccess(IdentityService identity, CampaignReaders readers, PartyMemberRepository members,
                 CampaignRepository campaigns, OrganizationRepository organizations) {
        this.identity = identity;
        this.readers = readers;
        this.members = members;
        this.campaigns = campaigns;
        this.organizations = organizations;
    }

    Reader reader() {
        var user = identity.getCurrentAuthentication();
        return new Reader(user, readers, user == null ? null : members.findByUserId(user.getUserId()).orElse(null));
    }

    Campaign campaign(String id) {
        if (id == null || !id.matches(NUMBER)) {
            throw ReportRefusal.badField("id", "Mã đợt kiểm điểm phải là một số");
        }
        return campaigns.findById(Long.parseLong(id)).orElseThrow(ReportRefusal::notFound);
    }

    static String code(String code, String field) {
        if (code == null || !code.matches(CODE)) {
            throw ReportRefusal.badField(field, "Mã không hợp lệ");
        }
        return code;
    }

    OrganizationTree tree() {
        return new OrganizationTree(organizations.findAll());
    }

    Organization organization(OrganizationTree tree, String code) {
        return tree.find(code(code, "org")).orElseThrow(ReportRefusal::notFound);
    }

    /** The campaigns, newest first, in whose tree the reader reads at least one organisation. */
    List<Campaign> followed(Reader reader, OrganizationTree tree) {
        return campaigns.findAll(Sort.by(Sort.Order.desc("year"), Sort.Order.desc("id"))).stream()
                .filter(campaign -> tree.subtree(campaign.getRootOrganization()).stream()
                        .anyMatch(node -> reader.reads(node.organization())))
                .toList();
    }

    /** The campaign's organisations the reader reads, each parent first; 403 when there are none. */
    List<OrganizationTree.Node> readable(Reader reader, OrganizationTree tree, Campaign campaign) {
        List<OrganizationTree.Node> nodes = tree.subtree(tree.find(campaign.getRootOrganization().getCode())
                .orElseThrow(ReportRefusal::notFound)).stream()
                .filter(node -> reader.reads(node.organization())).toList();
        if (nodes.isEmpty()) {
            throw ReportRefusal.forbidden();
        }
        return nodes;
    }
}
