package vn.partyreview.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.partyreview.organization.OrganizationTenants;

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
                List<BpmnParseListener> listeners = new ArrayList<>();
                if (configuration.getCustomPostBPMNParseListeners() != null) {
                    listeners.addAll(configuration.getCustomPostBPMNParseListeners());
                }
                listeners.add(new CrossTenantParseListener(crossTenant));
                listeners.add(new TenantOfCalledInstances());
                configuration.setCustomPostBPMNParseListeners(listeners);
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

    /** Adds the listener to every user task, after the model's own listeners (which may set its holders). */
    private static final class CrossTenantParseListener extends AbstractBpmnParseListener {

        private final TaskListener listener;

        CrossTenantParseListener(TaskListener listener) {
            this.listener = listener;
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior())
                    .getTaskDefinition();
            definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
        }
    }
}
