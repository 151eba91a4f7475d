package vn.partyreview.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.partyreview.organization.OrganizationTenants;
import vn.partyreview.process.PostParseListeners;

/**
 * Scope by subtree (SPEC I4): instances get the tenant of their organisation (called ones too, see
 * {@link TenantOfCalledInstances}), and every user task lets its holders
 * into its tenant when they come from another one; the engine's refusals of another tenant's data answer 403.
 * Process definitions stay shared (deployed without tenant).
 */
@Configuration
class ScopeConfiguration {

    @Bean
    static ProcessEnginePlugin tenantScopePlugin(ObjectProvider<OrganizationTenants> tenants,
                                                 ObjectProvider<AccessGrants> grants,
                                                 ObjectProvider<ProcessOrganization> declared) {
        TaskListener crossTenant = new CrossTenantTaskListener(grants::getObject);
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setTenantIdProvider(new OrganizationTenantIdProvider(tenants::getObject,
                        () -> declared.orderedStream().toList()));
                // after the model's own listeners, which may set the task's holders
                PostParseListeners.onUserTasks(configuration, task -> {
                    task.addTaskListener(TaskListener.EVENTNAME_CREATE, crossTenant);
                    task.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, crossTenant);
                });
                PostParseListeners.add(configuration, new TenantOfCalledInstances());
                List<CommandInterceptor> required = new ArrayList<>();
                if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
                    required.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
                }
                required.add(new TenantRefusal());
                configuration.setCustomPreCommandInterceptorsTxRequired(required);
                List<CommandInterceptor> requiresNew = new ArrayList<>();
                if (configuration.getCustomPreCommandInterceptorsTxRequiresNew() != null) {
                    requiresNew.addAll(configuration.getCustomPreCommandInterceptorsTxRequiresNew());
                }
                requiresNew.add(new TenantRefusal());
                configuration.setCustomPreCommandInterceptorsTxRequiresNew(requiresNew);
            }
        };
    }
}
