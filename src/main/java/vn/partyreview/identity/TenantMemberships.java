package vn.partyreview.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBody;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.organization.TenantTree;

/**
 * One Camunda tenant per basic organisation and above; each role group is a member of every tenant its unit's work
 * reaches (its own and every one below). Computed from the whole organisation tree, so that a new ward also lets the
 * district's existing groups in. Only adds, except direct user memberships that would widen a subtree reader's view.
 */
@Component
class TenantMemberships {

    private static final Logger log = LoggerFactory.getLogger(TenantMemberships.class);

    private final IdentityService identityService;
    private final AccessGrants grants;
    private final OrganizationRepository organizations;
    private final PartyBodyRepository bodies;

    TenantMemberships(IdentityService identityService, AccessGrants grants, OrganizationRepository organizations,
                      PartyBodyRepository bodies) {
        this.identityService = identityService;
        this.grants = grants;
        this.organizations = organizations;
        this.bodies = bodies;
    }

    /**
     * Brings the tenants reached from the given organisations up to date, or every tenant when {@code unitOrgCodes}
     * is null. The organisations and bodies given need not be saved yet. Runs in the caller's transaction.
     */
    void synchronize(Collection<Organization> givenOrganizations, Collection<PartyBody> givenBodies,
                     Set<String> unitOrgCodes, Set<String> existingGroups) {
        List<Organization> all = new ArrayList<>(organizations.findAll());
        all.addAll(givenOrganizations);
        TenantTree tree = TenantTree.of(all);
        Map<String, Set<String>> bodiesByOrganization = bodiesByOrganization(givenBodies);
        Map<String, String> names = tree.tenants().stream()
                .collect(Collectors.toMap(Organization::getCode, Organization::getName, (a, b) -> b));
        Set<String> tenants = new LinkedHashSet<>();
        if (unitOrgCodes == null) {
            tenants.addAll(names.keySet());
        } else {
            unitOrgCodes.forEach(code -> tenants.addAll(tree.tenantsReachedFrom(code)));
        }
        Set<String> existingTenants = identityService.createTenantQuery().list().stream().map(Tenant::getId)
                .collect(Collectors.toSet());
        for (String tenantId : tenants) {
            if (!existingTenants.contains(tenantId)) {
                Tenant tenant = identityService.newTenant(tenantId);
                tenant.setName(names.getOrDefault(tenantId, tenantId));
                identityService.saveTenant(tenant);
            }
            addGroups(tenantId, tree, bodiesByOrganization, existingGroups);
            removeWideningUsers(tenantId);
        }
    }

    private void addGroups(String tenantId, TenantTree tree, Map<String, Set<String>> bodiesByOrganization,
                           Set<String> existingGroups) {
        Set<String> current = identityService.createGroupQuery().memberOfTenant(tenantId).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        for (String orgCode : tree.organizationsReaching(tenantId)) {
            Set<String> units = new LinkedHashSet<>(bodiesByOrganization.getOrDefault(orgCode, Set.of()));
            units.add(orgCode);
            for (String unit : units) {
                for (GroupRole role : GroupRole.values()) {
                    String groupId = role.groupOf(unit);
                    if (existingGroups.contains(groupId) && current.add(groupId)) {
                        identityService.createTenantGroupMembership(tenantId, groupId);
                    }
                }
            }
        }
    }

    /**
     * A user let into a tenant for one task from another tenant (see {@link CrossTenantTaskListener}) who has since
     * become a supervisor or leading body would read that whole tenant: the membership goes.
     */
    private void removeWideningUsers(String tenantId) {
        for (User user : identityService.createUserQuery().memberOfTenant(tenantId).list()) {
            List<String> groups = identityService.createGroupQuery().groupMember(user.getId()).list().stream()
                    .map(Group::getId).toList();
            if (grants.readsBroadly(groups)) {
                identityService.deleteTenantUserMembership(tenantId, user.getId());
                log.warn("User {} now reads whole subtrees: removed from tenant {}, where they were let in for a "
                        + "task of another organisation", user.getId(), tenantId);
            }
        }
    }

    private Map<String, Set<String>> bodiesByOrganization(Collection<PartyBody> givenBodies) {
        Map<String, String> organizationOfBody = new HashMap<>();
        for (PartyBody body : bodies.findAll()) {
            organizationOfBody.put(body.getCode(), body.getOrganization().getCode());
        }
        givenBodies.forEach(body -> organizationOfBody.put(body.getCode(), body.getOrganization().getCode()));
        Map<String, Set<String>> result = new HashMap<>();
        organizationOfBody.forEach((body, organization) ->
                result.computeIfAbsent(organization, code -> new LinkedHashSet<>()).add(body));
        return result;
    }
}
