package vn.partyreview.identity;

import org.camunda.bpm.engine.impl.bpmn.behavior.CallActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.CallableElementUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Lets the {@link OrganizationTenantIdProvider} choose the tenant of every instance a call activity starts. Camunda
 * 7 copies the caller's tenant into a called instance of a shared definition and then never asks the provider
 * ({@code ExecutionEntity.createSubProcessInstance}: the provider runs only for an instance still without tenant), so
 * a district's campaign would put its wards' and cells' instances, tasks and history in the district's tenant, out of
 * the wards' sight. The call behaviour here creates the called instance as the engine does, clears the copied tenant
 * and starts it: the provider then decides from the called process's input, and falls back to the caller's tenant.
 */
final class TenantOfCalledInstances extends AbstractBpmnParseListener {

    @Override
    public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
        // a variable mapping delegate is a behaviour of its own: none of our models has one, leave it untouched
        boolean mappingDelegate = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "variableMappingClass")
                != null || element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS,
                "variableMappingDelegateExpression") != null;
        if (!mappingDelegate && activity.getActivityBehavior() instanceof CallActivityBehavior engines) {
            ProvidedTenantCall call = new ProvidedTenantCall();
            call.setCallableElement(engines.getCallableElement());
            activity.setActivityBehavior(call);
        }
    }

    /** Camunda's call activity, but the called instance's tenant comes from the tenant provider. */
    static final class ProvidedTenantCall extends CallActivityBehavior {

        @Override
        protected void startInstance(ActivityExecution execution, VariableMap variables, String businessKey) {
            ExecutionEntity caller = (ExecutionEntity) execution;
            ProcessDefinitionImpl definition = CallableElementUtil.getProcessDefinitionToCall(caller,
                    caller.getProcessDefinitionTenantId(), getCallableElement());
            ExecutionEntity called = (ExecutionEntity) caller.createSubProcessInstance(definition, businessKey);
            if (definition instanceof ProcessDefinitionEntity entity
                    && entity.getTenantId() == null) {
                // inserted when the command ends, so the tenant set by start() is the one stored
                called.setTenantId(null);
            }
            called.start(variables);
        }
    }
}
