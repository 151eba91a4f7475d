package vn.partyreview.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges a submission against a deployed Camunda Form exactly as form-js 1.8.7 does in Tasklist, and adds what the
 * browser guarantees by construction: only the form's editable, shown fields may be sent, each value of its field's
 * type and, for choices, one of the options offered.
 */
final class SubmissionValidator {

    private final HideConditions conditions;
    private final FieldRules rules = new FieldRules();

    SubmissionValidator(HideConditions conditions) {
        this.conditions = conditions;
    }

    /**
     * @param submitted the submitted values by variable name, as JSON values
     * @param variables the variables the task sees (start forms: none), for {@code valuesKey} and conditions
     * @return one error per refused field, first those the form does not let anyone send, then in form order
     */
    List<FieldError> validate(FormSchema form, Map<String, JsonNode> submitted, Map<String, Object> variables) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        for (String key : submitted.keySet()) {
            form.field(key).ifPresentOrElse(
                    field -> {
                        if (!field.editable()) {
                            errors.put(key, FieldMessages.notEditable(field));
                        }
                    },
                    () -> errors.put(key, FieldMessages.unknown(key)));
        }
        Set<String> hidden = hiddenFields(form, submitted, variables);
        for (FormField field : form.fields()) {
            if (!field.editable() || errors.containsKey(field.key())) {
                continue;
            }
            if (hidden.contains(field.key())) {
                if (submitted.containsKey(field.key())) {
                    errors.put(field.key(), FieldMessages.hidden(field));
                }
                continue;
            }
            JsonNode value = submitted.getOrDefault(field.key(), NullNode.getInstance());
            rules.check(field, value, FormOptions.of(field, variables)).ifPresent(e -> errors.put(field.key(), e));
        }
        return new ArrayList<>(errors.values());
    }

    /**
     * form-js evaluates every condition over the same data: the task's variables, overlaid with the values of the
     * form's fields (what was submitted, else what an untouched field holds).
     */
    private Set<String> hiddenFields(FormSchema form, Map<String, JsonNode> submitted, Map<String, Object> variables) {
        Map<String, Object> data = new HashMap<>(variables);
        for (FormField field : form.fields()) {
            JsonNode value = field.editable() ? submitted.get(field.key()) : null;
            if (value != null) {
                data.put(field.key(), JsValues.toJava(value));
            } else if (field.editable() || !data.containsKey(field.key())) {
                data.put(field.key(), JsValues.toJava(FormFieldType.of(field.type()).emptyValue()));
            }
        }
        Set<String> hidden = new HashSet<>();
        for (FormField field : form.fields()) {
            if (field.hideWhen().stream().anyMatch(condition -> conditions.hides(condition, data))) {
                hidden.add(field.key());
            }
        }
        return hidden;
    }
}
