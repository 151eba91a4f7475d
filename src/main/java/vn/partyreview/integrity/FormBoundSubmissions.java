package vn.partyreview.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * SPEC I1: a task is completed, or a process started, by a non-administrator only with the fields of its deployed
 * Camunda Form, each value as the form allows. The form, the options and the variables conditions read are looked up
 * by the system, not as the caller: the lookup is no right of theirs, only the task must be one they can see.
 */
final class FormBoundSubmissions {

    private final ProcessEngine engine;
    private final SubmissionValidator validator;
    private final List<SubmissionRule> rules;

    FormBoundSubmissions(ProcessEngine engine, SubmissionValidator validator, List<SubmissionRule> rules) {
        this.engine = engine;
        this.validator = validator;
        this.rules = rules;
    }

    Verdict completeTask(Authentication caller, String taskId, byte[] body) {
        boolean visible = as(caller, () -> engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0);
        if (!visible) {
            // another's task is refused before its form is read
            return taskExists(taskId) ? Verdict.forbidden(Refusals.NOT_YOURS) : Verdict.NOT_FOUND;
        }
        SubmissionBody submission = SubmissionBody.readTaskCompletion(body);
        if (!submission.errors().isEmpty()) {
            return Verdict.invalid(submission.errors());
        }
        return asSystem(() -> judge(() -> engine.getFormService().getDeployedTaskForm(taskId), submission,
                () -> javaValues(engine.getTaskService().getVariablesTyped(taskId, false)), caller));
    }

    boolean taskExists(String taskId) {
        return asSystem(() -> engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0);
    }

    Verdict startProcess(Authentication caller, String definitionReference, byte[] body) {
        String definitionId = asSystem(() -> latestDefinitionId(definitionReference));
        if (definitionId == null) {
            return Verdict.PASS;
        }
        boolean visible = as(caller, () -> engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionId(definitionId).count() > 0);
        if (!visible) {
            return Verdict.forbidden(Refusals.NOT_YOURS);
        }
        SubmissionBody submission = SubmissionBody.readStart(body);
        if (!submission.errors().isEmpty()) {
            return Verdict.invalid(submission.errors());
        }
        return asSystem(() -> judge(() -> engine.getFormService().getDeployedStartForm(definitionId), submission,
                Map::of, caller));
    }

    private Verdict judge(Supplier<InputStream> deployedForm, SubmissionBody submission,
                          Supplier<Map<String, Object>> variables, Authentication caller) {
        FormSchema form;
        try (InputStream json = deployedForm.get()) {
            form = FormSchema.parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (ProcessEngineException | IOException noCamundaForm) {
            return Verdict.forbidden(Refusals.NO_FORM);
        } catch (UnsupportedFormException unsupported) {
            return Verdict.forbidden(Refusals.UNSUPPORTED_FORM);
        }
        Map<String, Object> seen = variables.get();
        List<FieldError> errors = validator.validate(form, submission.values(), seen);
        if (errors.isEmpty()) {
            errors = acrossFields(form, submission.values(), caller, seen);
        }
        return errors.isEmpty() ? Verdict.PASS : Verdict.invalid(errors);
    }

    private List<FieldError> acrossFields(FormSchema form, Map<String, JsonNode> submitted, Authentication caller,
                                          Map<String, Object> variables) {
        Map<String, Object> values = new HashMap<>();
        submitted.forEach((key, value) -> values.put(key, JsValues.toJava(value)));
        return rules.stream().filter(rule -> rule.formId().equals(form.id()))
                .flatMap(rule -> rule.refusals(values, caller, variables).entrySet().stream())
                .map(refusal -> new FieldError(refusal.getKey(), refusal.getValue())).toList();
    }

    /** As the engine REST API resolves it: an id, or the latest version of a key (without or with a tenant). */
    private String latestDefinitionId(String reference) {
        ProcessDefinitionQuery query = engine.getRepositoryService().createProcessDefinitionQuery();
        String[] parts = reference.split("/");
        if (parts.length == 2 && parts[0].equals("key")) {
            query.processDefinitionKey(parts[1]).withoutTenantId().latestVersion();
        } else if (parts.length == 4 && parts[0].equals("key") && parts[2].equals("tenant-id")) {
            query.processDefinitionKey(parts[1]).tenantIdIn(parts[3]).latestVersion();
        } else {
            query.processDefinitionId(reference);
        }
        ProcessDefinition definition = query.singleResult();
        return definition == null ? null : definition.getId();
    }

    /** The task's variables as plain values for FEEL and options: JSON variables read from their serialised text. */
    static Map<String, Object> javaValues(VariableMap variables) {
        Map<String, Object> values = new HashMap<>();
        for (String name : variables.keySet()) {
            TypedValue value = variables.getValueTyped(name);
            if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
                String text = serializable.getValueSerialized();
                if (text != null && isJson(serializable)) {
                    values.put(name, JsValues.toJava(readJson(text)));
                }
            } else {
                values.put(name, value.getValue());
            }
        }
        return values;
    }

    private static boolean isJson(SerializableValue value) {
        return "application/json".equals(value.getSerializationDataFormat())
                || "json".equals(value.getType().getName());
    }

    private static JsonNode readJson(String text) {
        try {
            return JsValues.JSON.readTree(text);
        } catch (IOException unreadable) {
            return null;
        }
    }

    private <T> T as(Authentication caller, Supplier<T> work) {
        IdentityService identity = engine.getIdentityService();
        Authentication previous = identity.getCurrentAuthentication();
        identity.setAuthentication(caller);
        try {
            return work.get();
        } finally {
            restore(identity, previous);
        }
    }

    private <T> T asSystem(Supplier<T> work) {
        IdentityService identity = engine.getIdentityService();
        Authentication previous = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            restore(identity, previous);
        }
    }

    private static void restore(IdentityService identity, Authentication previous) {
        if (previous == null) {
            identity.clearAuthentication();
        } else {
            identity.setAuthentication(previous);
        }
    }
}
