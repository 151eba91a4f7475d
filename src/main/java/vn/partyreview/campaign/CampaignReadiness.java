package vn.partyreview.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.collective.LeadershipCollective;
import vn.partyreview.collective.LeadershipCollectiveRepository;
import vn.partyreview.member.PositionHolders;
import vn.partyreview.member.PositionRole;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;

/**
 * The office holders a campaign cannot run without, checked over the whole subtree before anything starts: every
 * organisation's secretary (chairs its reviews, heads it), every leadership collective's head (self-assesses for
 * it). A gap found once the work has fanned out would only become an incident deep in the tree.
 */
@Service
@Transactional(readOnly = true)
class CampaignReadiness {

    private final OrganizationRepository organizations;
    private final PartyBodyRepository bodies;
    private final LeadershipCollectiveRepository collectives;
    private final PositionHolders holders;

    CampaignReadiness(OrganizationRepository organizations, PartyBodyRepository bodies,
                      LeadershipCollectiveRepository collectives, PositionHolders holders) {
        this.organizations = organizations;
        this.bodies = bodies;
        this.collectives = collectives;
        this.holders = holders;
    }

    /** Every missing office holder under the root, root first, in Vietnamese; empty when the campaign can run. */
    List<String> gaps(Organization root) {
        List<String> gaps = new ArrayList<>();
        collect(root, gaps);
        return gaps;
    }

    /** The start form's refusal listing every gap, or null when there is none. */
    String refusal(Organization root) {
        List<String> gaps = gaps(root);
        return gaps.isEmpty() ? null
                : String.join("; ", gaps) + ": cập nhật danh sách cán bộ trước khi bắt đầu đợt.";
    }

    private void collect(Organization org, List<String> gaps) {
        if (holders.holding(org.getCode(), PositionRole.SECRETARY).isEmpty()) {
            gaps.add("Tổ chức " + org.getName() + " (" + org.getCode() + ") chưa có Bí thư");
        }
        Stream.concat(collectives.findByOrganization(org).stream(),
                        collectives.findByBodyIn(bodies.findByOrganization(org)).stream())
                .filter(collective -> collective.getHead() == null)
                .map(LeadershipCollective::getCode).distinct().sorted()
                .forEach(code -> gaps.add("Tập thể " + collectives.findByCode(code).orElseThrow().getName()
                        + " (" + code + ") chưa có người đứng đầu"));
        organizations.findByParent(org).stream()
                .sorted((a, b) -> a.getCode().compareTo(b.getCode()))
                .forEach(child -> collect(child, gaps));
    }
}
