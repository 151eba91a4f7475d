package vn.partyreview.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A deployed Camunda Form (form-js JSON) reduced to its keyed input fields, groups flattened in document order. */
record FormSchema(String id, List<FormField> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static FormSchema parse(String formJson) {
        JsonNode root;
        try {
            root = JSON.readTree(formJson);
        } catch (JsonProcessingException e) {
            throw new UnsupportedFormException("the form is not JSON: " + e.getOriginalMessage());
        }
        List<FormField> fields = new ArrayList<>();
        collect(root.path("components"), List.of(), fields);
        return new FormSchema(root.path("id").asText(null), List.copyOf(fields));
    }

    Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    private static void collect(JsonNode components, List<String> hiddenWhen, List<FormField> into) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            List<String> hide = withHide(hiddenWhen, component);
            if (FormFieldType.DYNAMICLIST.name().toLowerCase().equals(type)) {
                into.add(list(component, hide));
                continue;
            }
            if (FormFieldType.UNSUPPORTED_KEYED.contains(type)) {
                throw new UnsupportedFormException("component type " + type + " is not supported");
            }
            if (component.hasNonNull("path") && !component.path("path").asText().isEmpty()) {
                throw new UnsupportedFormException("nested data paths are not supported: " + type);
            }
            if (FormFieldType.isInput(type) && component.hasNonNull("key")) {
                into.add(field(component, type, hide));
            }
            if (component.has("components")) {
                collect(component.path("components"), hide, into);
            }
        }
    }

    /**
     * A dynamic list bound to a plain variable ({@code path}), its repetitions fixed by the data (no add/remove) and
     * its fields shown in every repetition: what the server can judge item by item.
     */
    private static FormField list(JsonNode component, List<String> hide) {
        String path = component.path("path").asText("");
        if (path.isEmpty() || path.contains(".") || component.path("allowAddRemove").asBoolean(true)) {
            throw new UnsupportedFormException("a dynamic list needs a plain path and no add/remove: " + path);
        }
        List<FormField> items = new ArrayList<>();
        collect(component.path("components"), List.of(), items);
        if (items.stream().anyMatch(item -> !item.hideWhen().isEmpty() || !item.items().isEmpty())) {
            throw new UnsupportedFormException("conditions and nested lists inside a dynamic list are not supported");
        }
        return new FormField(path, "dynamiclist", component.path("label").asText(null), false, false, hide, false,
                null, null, null, null, null, null, null, null, null, null, null, false, List.copyOf(items));
    }

    private static List<String> withHide(List<String> outer, JsonNode component) {
        JsonNode hide = component.path("conditional").path("hide");
        if (!hide.isTextual() || hide.asText().isBlank()) {
            return outer;
        }
        List<String> all = new ArrayList<>(outer);
        all.add(hide.asText());
        return List.copyOf(all);
    }

    private static FormField field(JsonNode c, String type, List<String> hide) {
        String key = c.path("key").asText();
        if (key.isEmpty() || key.contains(".")) {
            throw new UnsupportedFormException("field keys must be plain variable names: '" + key + "'");
        }
        JsonNode validate = c.path("validate");
        String label = c.path("label").asText(null);
        if ((label == null || label.isBlank()) && c.hasNonNull("dateLabel")) {
            label = c.path("dateLabel").asText();
        }
        List<JsonNode> options = null;
        if (c.path("values").isArray()) {
            options = new ArrayList<>();
            c.path("values").forEach(options::add);
        }
        return new FormField(key, type, label,
                c.path("readonly").asBoolean(false), c.path("disabled").asBoolean(false), hide,
                validate.path("required").asBoolean(false),
                integer(validate.path("minLength")), integer(validate.path("maxLength")),
                decimal(validate.path("min")), decimal(validate.path("max")),
                text(validate.path("pattern")), text(validate.path("validationType")),
                options == null ? null : List.copyOf(options), text(c.path("valuesKey")),
                text(c.path("subtype")), integer(c.path("decimalDigits")), decimal(c.path("increment")),
                c.path("serializeToString").asBoolean(false), List.of());
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
    }

    private static Integer integer(JsonNode node) {
        BigDecimal value = decimal(node);
        return value == null ? null : value.intValue();
    }

    /** A number, or a numeric string; a FEEL expression ("=...") in a limit is not supported. */
    private static BigDecimal decimal(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual() && !node.asText().isBlank()) {
            if (node.asText().startsWith("=")) {
                throw new UnsupportedFormException("expressions in validation limits are not supported");
            }
            try {
                return new BigDecimal(node.asText().strip());
            } catch (NumberFormatException notANumber) {
                throw new UnsupportedFormException("not a number: " + node.asText());
            }
        }
        return null;
    }
}
