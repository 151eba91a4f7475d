package vn.partyreview.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Arrays;
import java.util.Set;

/** The keyed input types of form-js 1.8.7 this application accepts, with the value each holds when left empty. */
enum FormFieldType {
    TEXTFIELD("textfield", TextNode.valueOf("")),
    TEXTAREA("textarea", TextNode.valueOf("")),
    NUMBER("number", NullNode.getInstance()),
    DATETIME("datetime", NullNode.getInstance()),
    CHECKBOX("checkbox", BooleanNode.FALSE),
    CHECKLIST("checklist", new ArrayNode(JsonNodeFactory.instance)),
    TAGLIST("taglist", new ArrayNode(JsonNodeFactory.instance)),
    RADIO("radio", NullNode.getInstance()),
    SELECT("select", NullNode.getInstance()),
    /** A list of objects, one per repetition, each holding its children's values (form-js {@code path}). */
    DYNAMICLIST("dynamiclist", new ArrayNode(JsonNodeFactory.instance));

    /** Keyed components whose values form-js computes or nests: the server could not check them like the rest. */
    static final Set<String> UNSUPPORTED_KEYED = Set.of("expression", "filepicker");

    private final String schemaName;
    private final JsonNode emptyValue;

    FormFieldType(String schemaName, JsonNode emptyValue) {
        this.schemaName = schemaName;
        this.emptyValue = emptyValue;
    }

    static boolean isInput(String type) {
        return Arrays.stream(values()).anyMatch(t -> t.schemaName.equals(type));
    }

    static FormFieldType of(String type) {
        return Arrays.stream(values()).filter(t -> t.schemaName.equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an input type: " + type));
    }

    JsonNode emptyValue() {
        return emptyValue.deepCopy();
    }

    boolean hasOptions() {
        return this == CHECKLIST || this == TAGLIST || this == RADIO || this == SELECT;
    }

    boolean holdsList() {
        return this == CHECKLIST || this == TAGLIST;
    }
}
