package vn.partyreview.grading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/** JSON in and out of process variables, kept simple: no Java-serialised objects in the engine. */
final class ProcessJson {

    private final ObjectMapper mapper;

    ProcessJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Reads a variable holding JSON: a Spin JSON value, a JSON string, or plain maps and lists. */
    JsonNode tree(Object value) {
        try {
            if (value == null) {
                return NullNode.getInstance();
            }
            if (value instanceof SpinJsonNode json) {
                return mapper.readTree(json.toString());
            }
            if (value instanceof String text) {
                return mapper.readTree(text);
            }
            return mapper.valueToTree(value);
        } catch (JsonProcessingException e) {
            throw new InvalidGradingInputException(List.of(new InputError("", "Biến quy trình không phải JSON hợp lệ")));
        }
    }

    /** A list of texts as a Spin JSON variable, which Tasklist forms can show. */
    TypedValue list(List<String> texts) {
        try {
            return SpinValues.jsonValue(mapper.writeValueAsString(texts)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
