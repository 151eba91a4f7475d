package vn.partyreview.organization;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which tenant an organisation is in, looked up in our records (see {@link Organization#tenantCode()}). */
@Service
public class OrganizationTenants {

    private final OrganizationRepository organizations;

    public OrganizationTenants(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /** Empty for an unknown code. */
    @Transactional(readOnly = true)
    public Optional<String> tenantOf(String orgCode) {
        return organizations.findByCode(orgCode).map(Organization::tenantCode);
    }
}
