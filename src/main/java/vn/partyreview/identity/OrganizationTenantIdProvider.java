package vn.partyreview.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import vn.partyreview.organization.OrganizationTenants;

/**
 * Puts each process instance into the tenant of the organisation it works on. The campaign and the organisation
 * process name their organisation (the campaign's start variable, checked against the starter's rights before
 * anything runs; the organisation process's variable set only by its caller's mapping), and so does a decision
 * session (started by the application for the deciding body); the tenant is looked up in our records; a process
 * whose module declares a {@link ProcessOrganization} names it through the records. Every other process works
 * inside its caller's organisation and inherits the caller's tenant. Tasks,
 * jobs, incidents and history follow their instance.
 */
class OrganizationTenantIdProvider implements TenantIdProvider {

    /** Process key and the variable naming the organisation whose tenant an instance of it belongs to. */
    private static final Map<String, String> ORGANIZATION_OF_PROCESS = Map.of(
            AccessGrants.CAMPAIGN_PROCESS, "rootOrgCode",
            "partyOrganization", "orgCode",
            // convened by the application for a group, in the tenant of the deciding body's organisation
            "decisionSession", "orgCode");

    private final Supplier<OrganizationTenants> tenants;
    private final Supplier<List<ProcessOrganization>> declared;

    OrganizationTenantIdProvider(Supplier<OrganizationTenants> tenants,
                                 Supplier<List<ProcessOrganization>> declared) {
        this.tenants = tenants;
        this.declared = declared;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        String key = context.getProcessDefinition().getKey();
        String variable = ORGANIZATION_OF_PROCESS.get(key);
        Object orgCode = variable == null ? declaredOrganization(key, context) : context.getVariables().get(variable);
        Optional<String> tenant = orgCode instanceof String code ? tenants.get().tenantOf(code) : Optional.empty();
        return tenant.orElseGet(() -> tenantOf(context.getSuperExecution()));
    }

    private String declaredOrganization(String processKey, TenantIdProviderProcessInstanceContext context) {
        if (context.getSuperExecution() != null) {
            return null;
        }
        return declared.get().stream().filter(organization -> organization.processKey().equals(processKey))
                .findFirst().flatMap(organization -> organization.organizationOf(context.getVariables()))
                .orElse(null);
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
        return tenantOf(context.getExecution());
    }

    private static String tenantOf(DelegateExecution execution) {
        return execution == null ? null : execution.getTenantId();
    }
}
