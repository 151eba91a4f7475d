package vn.partyreview.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Optional;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * JSON process variables in and out, kept simple (no Java-serialised objects in the engine): Tasklist sends Spin
 * JSON, REST callers a JSON string, Java callers plain maps and lists.
 */
@Component
public class JsonVariables {

    private final ObjectMapper mapper;

    public JsonVariables(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The variable as a JSON tree (a null node when absent); empty when it is not valid JSON. */
    public Optional<JsonNode> read(Object value) {
        try {
            if (value == null) {
                return Optional.of(NullNode.getInstance());
            }
            if (value instanceof SpinJsonNode json) {
                return Optional.of(mapper.readTree(json.toString()));
            }
            if (value instanceof String text) {
                return Optional.of(mapper.readTree(text));
            }
            return Optional.of(mapper.valueToTree(value));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** A value as a Spin JSON variable, which Tasklist forms can show. */
    public TypedValue spin(Object value) {
        try {
            return SpinValues.jsonValue(mapper.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
