package vn.partyreview.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The options a select, radio, checklist or taglist offers: its static {@code values}, or the list variable its
 * {@code valuesKey} names, read from the task (never from the submission), normalised as form-js does.
 */
final class FormOptions {

    private FormOptions() {
    }

    static List<JsonNode> of(FormField field, Map<String, Object> variables) {
        List<JsonNode> raw = new ArrayList<>();
        if (field.valuesKey() != null) {
            JsonNode list = JsValues.toJson(variables.get(field.valuesKey()));
            if (list != null && list.isArray()) {
                list.forEach(raw::add);
            }
        } else if (field.staticOptions() != null) {
            raw.addAll(field.staticOptions());
        }
        List<JsonNode> values = new ArrayList<>();
        for (JsonNode option : raw) {
            JsonNode value = valueOf(option);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    static boolean contains(List<JsonNode> options, JsonNode value) {
        return options.stream().anyMatch(option -> JsValues.same(option, value));
    }

    /** form-js: a bare string, number or boolean is its own value; an object needs a label or a primitive value. */
    private static JsonNode valueOf(JsonNode option) {
        if (primitive(option)) {
            return option;
        }
        if (option.isObject()) {
            JsonNode label = option.path("label");
            JsonNode value = option.path("value");
            boolean hasLabel = label.isTextual() && !label.asText().isEmpty();
            if (!hasLabel && primitive(value)) {
                return value;
            }
            if (hasLabel && (primitive(value) || value.isObject() && !value.isEmpty())) {
                return value;
            }
        }
        return null;
    }

    private static boolean primitive(JsonNode node) {
        return (node.isTextual() || node.isNumber() || node.isBoolean())
                && (JsValues.truthy(node) || node.isNumber() || node.isBoolean());
    }
}
