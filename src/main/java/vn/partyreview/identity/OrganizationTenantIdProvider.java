package vn.partyreview.identity;

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
 * session (started by the application, not by a user, for the deciding body); the tenant is looked up in
 * our records. Every other process works inside its caller's organisation and inherits the caller's tenant. Tasks,
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

    OrganizationTenantIdProvider(Supplier<OrganizationTenants> tenants) {
        this.tenants = tenants;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        String variable = ORGANIZATION_OF_PROCESS.get(context.getProcessDefinition().getKey());
        Object orgCode = variable == null ? null : context.getVariables().get(variable);
        Optional<String> tenant = orgCode instanceof String code ? tenants.get().tenantOf(code) : Optional.empty();
        return tenant.orElseGet(() -> tenantOf(context.getSuperExecution()));
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
