package vn.partyreview.organization;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organisation tree seen as tenants: which tenants the work of an organisation's groups reaches (its own and
 * every one below it, because superior bodies act on subordinate organisations' instances), and the reverse.
 * Built from entities read in the caller's transaction (parents are walked).
 */
public final class TenantTree {

    private final Map<String, Organization> byCode;
    private final Map<String, List<Organization>> children = new HashMap<>();
    private final Map<String, List<Organization>> byTenant = new HashMap<>();

    private TenantTree(Map<String, Organization> byCode) {
        this.byCode = byCode;
        for (Organization organization : byCode.values()) {
            if (organization.getParent() != null) {
                children.computeIfAbsent(organization.getParent().getCode(), code -> new ArrayList<>())
                        .add(organization);
            }
            byTenant.computeIfAbsent(organization.tenantCode(), code -> new ArrayList<>()).add(organization);
        }
    }

    /** Later organisations with the same code replace earlier ones. */
    public static TenantTree of(Collection<Organization> organizations) {
        Map<String, Organization> byCode = new LinkedHashMap<>();
        organizations.forEach(organization -> byCode.put(organization.getCode(), organization));
        return new TenantTree(byCode);
    }

    /** The organisations that are tenants: basic cells, basic and district committees. */
    public List<Organization> tenants() {
        return byCode.values().stream().filter(organization -> organization.tenantCode().equals(organization.getCode()))
                .toList();
    }

    /** The tenant of the organisation and every tenant below it; empty for an unknown code. */
    public Set<String> tenantsReachedFrom(String orgCode) {
        Set<String> tenants = new LinkedHashSet<>();
        Deque<Organization> pending = new ArrayDeque<>();
        if (byCode.containsKey(orgCode)) {
            pending.add(byCode.get(orgCode));
        }
        while (!pending.isEmpty()) {
            Organization organization = pending.poll();
            tenants.add(organization.tenantCode());
            pending.addAll(children.getOrDefault(organization.getCode(), List.of()));
        }
        return tenants;
    }

    /** The organisations whose groups reach the tenant: those in it and every organisation above it. */
    public Set<String> organizationsReaching(String tenantCode) {
        Set<String> codes = new LinkedHashSet<>();
        byTenant.getOrDefault(tenantCode, List.of()).forEach(organization -> codes.add(organization.getCode()));
        Organization tenant = byCode.get(tenantCode);
        for (Organization above = tenant == null ? null : tenant.getParent(); above != null;
             above = above.getParent()) {
            codes.add(above.getCode());
        }
        return codes;
    }
}
