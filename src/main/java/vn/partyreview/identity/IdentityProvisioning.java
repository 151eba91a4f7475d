package vn.partyreview.identity;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.Position;
import vn.partyreview.member.PositionRole;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBody;

/**
 * Mirrors the domain into Camunda identity: one group per role per organisation or body, one user per member,
 * memberships from the member's cell and positions, one tenant per basic organisation and above (see
 * {@link TenantMemberships}). Runs inside the caller's transaction, so an import and its users commit or roll back
 * together.
 */
@Service
public class IdentityProvisioning {

    private static final int USER_QUERY_CHUNK = 1000;

    private final IdentityService identityService;
    private final AccessGrants grants;
    private final TenantMemberships tenants;
    private final OrganizationRepository organizationRepository;

    IdentityProvisioning(IdentityService identityService, AccessGrants grants, TenantMemberships tenants,
                         OrganizationRepository organizationRepository) {
        this.identityService = identityService;
        this.grants = grants;
        this.tenants = tenants;
        this.organizationRepository = organizationRepository;
    }

    /**
     * Creates what is missing; removes nothing but what {@link TenantMemberships} must. Returns the initial passwords
     * of the users it created, by user id. Also brings the tenants these units reach, and their memberships, up to
     * date.
     */
    @Transactional
    public Map<String, String> provision(Collection<Organization> organizations, Collection<PartyBody> bodies,
                                         Collection<PartyMember> members, Supplier<String> initialPasswords) {
        Set<String> groups = existingGroupIds();
        grants.ensureSubtreeReaders();
        for (Organization organization : organizations) {
            for (GroupRole role : GroupRole.forOrganization(organization.getKind())) {
                ensureGroup(groups, role, organization.getCode(), organization.getName());
                grantOrganizationRole(role, organization);
            }
        }
        for (PartyBody body : bodies) {
            for (GroupRole role : GroupRole.forBody(body.getKind())) {
                ensureGroup(groups, role, body.getCode(), body.getName());
            }
        }
        Set<String> existingUsers = existingUserIds(members);
        Map<String, String> created = new LinkedHashMap<>();
        Map<String, Set<String>> groupsOfUsers = new LinkedHashMap<>();
        for (PartyMember member : members) {
            Set<String> own = groupsOf(member, groups);
            groupsOfUsers.put(member.getUserId(), own);
            if (existingUsers.contains(member.getUserId())) {
                addMissingMemberships(member, own);
            } else {
                created.put(member.getUserId(), createUser(member, initialPasswords.get()));
                for (String groupId : own) {
                    identityService.createMembership(member.getUserId(), groupId);
                }
            }
        }
        Set<String> reading = grants.subtreeReadingGroups();
        grants.letReadSubtree(groupsOfUsers.entrySet().stream()
                .filter(user -> user.getValue().stream().anyMatch(reading::contains)).map(Map.Entry::getKey).toList());
        tenants.synchronize(organizations, bodies, unitOrganizations(organizations, bodies, members), groups);
        return created;
    }

    /**
     * Tenants, memberships and subtree grants of every organisation in the records, for a database provisioned
     * before scope by subtree existed; cheap and without effect when all is in place.
     */
    @EventListener(ApplicationStartedEvent.class)
    @Order(1)
    @Transactional
    public void bringScopeUpToDate() {
        Set<String> groups = existingGroupIds();
        for (Organization organization : organizationRepository.findAll()) {
            for (GroupRole role : GroupRole.forOrganization(organization.getKind())) {
                if (groups.contains(role.groupOf(organization.getCode()))) {
                    grantOrganizationRole(role, organization);
                }
            }
        }
        grants.moveSubtreeReadsToOneGroup(groups);
        tenants.synchronize(List.of(), List.of(), null, groups);
    }

    private void grantOrganizationRole(GroupRole role, Organization organization) {
        String groupId = role.groupOf(organization.getCode());
        if (role.startsCampaigns(organization.getKind())) {
            grants.grantCampaignStart(groupId);
        }
        if (role.regrades(organization.getKind())) {
            grants.grantRegradingStart(groupId);
        }
        if (role == GroupRole.MEMBERS) {
            grants.grantQuarterlyAssessmentStart(groupId);
        }
        if (role.readsSubtree(organization.getKind())) {
            grants.grantCockpitReadOnly(groupId);
        }
    }

    /** The organisations whose tenants this provisioning may change: new units, and units of new groups. */
    private static Set<String> unitOrganizations(Collection<Organization> organizations, Collection<PartyBody> bodies,
                                                 Collection<PartyMember> members) {
        Set<String> codes = new HashSet<>();
        organizations.forEach(organization -> codes.add(organization.getCode()));
        bodies.forEach(body -> codes.add(body.getOrganization().getCode()));
        for (PartyMember member : members) {
            if (member.getOfficialCell() != null) {
                codes.add(member.getOfficialCell().getCode());
            }
            for (Position position : member.getPositions()) {
                codes.add(position.getRole().scope() == PositionRole.Scope.ORGANIZATION
                        ? position.getOrganization().getCode() : position.getBody().getOrganization().getCode());
            }
        }
        return codes;
    }

    /** One query per thousand members rather than one per member: an import may bring a whole province. */
    private Set<String> existingUserIds(Collection<PartyMember> members) {
        List<String> ids = members.stream().map(PartyMember::getUserId).toList();
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < ids.size(); from += USER_QUERY_CHUNK) {
            String[] chunk = ids.subList(from, Math.min(ids.size(), from + USER_QUERY_CHUNK)).toArray(String[]::new);
            identityService.createUserQuery().userIdIn(chunk).list().forEach(user -> existing.add(user.getId()));
        }
        return existing;
    }

    private Set<String> existingGroupIds() {
        return identityService.createGroupQuery().groupType(GroupRole.GROUP_TYPE).list().stream()
                .map(Group::getId).collect(Collectors.toCollection(HashSet::new));
    }

    private void ensureGroup(Set<String> existing, GroupRole role, String unitCode, String unitName) {
        String id = role.groupOf(unitCode);
        if (existing.add(id)) {
            Group group = identityService.newGroup(id);
            group.setName(role.groupName(unitName));
            group.setType(GroupRole.GROUP_TYPE);
            identityService.saveGroup(group);
            if (role.isSupervisor()) {
                grants.grantCockpitReadOnly(id);
            }
        }
    }

    /** Creates the member's user and returns its initial password. */
    private String createUser(PartyMember member, String password) {
        User user = identityService.newUser(member.getUserId());
        String fullName = member.getFullName().trim();
        int lastSpace = fullName.lastIndexOf(' ');
        // The webapps show "first last": family and middle names go first so "Nguyễn Văn An" reads as written.
        user.setFirstName(lastSpace < 0 ? fullName : fullName.substring(0, lastSpace));
        user.setLastName(lastSpace < 0 ? "" : fullName.substring(lastSpace + 1));
        user.setPassword(password);
        identityService.saveUser(user);
        return password;
    }

    private void addMissingMemberships(PartyMember member, Set<String> own) {
        Set<String> current = identityService.createGroupQuery().groupMember(member.getUserId()).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        for (String groupId : own) {
            if (!current.contains(groupId)) {
                identityService.createMembership(member.getUserId(), groupId);
            }
        }
    }

    /** The member's groups; a group a position needs but no organisation declared is created on the way. */
    private Set<String> groupsOf(PartyMember member, Set<String> groups) {
        Set<String> result = new HashSet<>();
        Organization cell = member.getOfficialCell();
        if (cell != null) {   // a leader who is not a party member belongs to no cell
            ensureGroup(groups, GroupRole.MEMBERS, cell.getCode(), cell.getName());
            result.add(GroupRole.MEMBERS.groupOf(cell.getCode()));
        }
        for (Position position : member.getPositions()) {
            for (GroupRole role : GroupRole.forPosition(position.getRole())) {
                String unitName = position.getRole().scope() == PositionRole.Scope.ORGANIZATION
                        ? position.getOrganization().getName() : position.getBody().getName();
                ensureGroup(groups, role, position.getUnitCode(), unitName);
                result.add(role.groupOf(position.getUnitCode()));
            }
        }
        return result;
    }
}
