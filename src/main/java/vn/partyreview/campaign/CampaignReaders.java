package vn.partyreview.campaign;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.identity.GroupRole;
import vn.partyreview.organization.Organization;

/**
 * Who may read a whole campaign's results: administrators and the leading bodies of its root organisation or of
 * any organisation above it — a member or a cell sees its own results through notifications, not everyone's.
 */
@Component
public class CampaignReaders {

    private static final Set<GroupRole> READING_ROLES = EnumSet.of(GroupRole.COMMITTEE, GroupRole.STANDING,
            GroupRole.ORGANIZING, GroupRole.OFFICE, GroupRole.SUPERVISOR);

    private final CampaignRepository campaigns;

    CampaignReaders(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Transactional(readOnly = true)
    public boolean mayRead(long campaignId, Authentication user) {
        return campaigns.findById(campaignId).map(campaign -> mayRead(campaign, user)).orElse(false);
    }

    /** The campaigns the user may read, oldest first. */
    @Transactional(readOnly = true)
    public List<CampaignSummary> readable(Authentication user) {
        return campaigns.findAll(Sort.by("year", "id")).stream().filter(campaign -> mayRead(campaign, user))
                .map(CampaignSummary::of).toList();
    }

    private boolean mayRead(Campaign campaign, Authentication user) {
        return mayReadOrganization(campaign.getRootOrganization(), user);
    }

    /** Administrators and the leading bodies of the organisation or of one above it read its results. */
    public boolean mayReadOrganization(Organization organization, Authentication user) {
        if (isAdministrator(user)) {
            return true;
        }
        List<String> groups = groupsOf(user);
        for (; organization != null; organization = organization.getParent()) {
            String code = organization.getCode();
            if (READING_ROLES.stream().anyMatch(role -> groups.contains(role.groupOf(code)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAdministrator(Authentication user) {
        return groupsOf(user).contains(Groups.CAMUNDA_ADMIN);
    }

    private static List<String> groupsOf(Authentication user) {
        return user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    }
}
