package vn.partyreview.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields an official fills in on a deployed Camunda Form (form-js JSON), in the form's order, with the labels
 * it shows: keyed inputs that are not display-only ({@code disabled}, SPEC I1), groups flattened.
 */
record FormFields(String formId, List<Field> fields) {

    /** One field; {@code options} maps a stored value to the label the form shows for it (radio, select). */
    record Field(String key, String label, Map<String, String> options) {
    }

    private static final List<String> NOT_INPUTS = List.of("text", "html", "image", "separator", "spacer", "group",
            "dynamiclist", "iframe", "table", "button");

    static FormFields of(JsonNode form) {
        List<Field> fields = new ArrayList<>();
        collect(form.path("components"), fields);
        return new FormFields(form.path("id").asText(), List.copyOf(fields));
    }

    private static void collect(JsonNode components, List<Field> into) {
        for (JsonNode component : components) {
            String key = component.path("key").asText("");
            if (!key.isEmpty() && !NOT_INPUTS.contains(component.path("type").asText())
                    && !component.path("disabled").asBoolean(false)) {
                into.add(new Field(key, label(component), options(component)));
            }
            collect(component.path("components"), into);
        }
    }

    private static String label(JsonNode component) {
        String label = component.path("label").asText("");
        return label.isBlank() ? component.path("dateLabel").asText(component.path("key").asText()) : label.strip();
    }

    private static Map<String, String> options(JsonNode component) {
        Map<String, String> options = new HashMap<>();
        component.path("values").forEach(option -> options.put(option.path("value").asText(),
                option.path("label").asText()));
        return Map.copyOf(options);
    }
}
