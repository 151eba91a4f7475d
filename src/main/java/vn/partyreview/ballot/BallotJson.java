package vn.partyreview.ballot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** JSON process variables in and out: Tasklist sends Spin JSON, REST callers may send a JSON string or lists. */
@Component
class BallotJson {

    private final ObjectMapper mapper;

    BallotJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    JsonNode read(Object value, String what) {
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
            // the message names the variable, never its content: a ballot sheet must not reach the logs
            throw new BallotRefusedException(what + " không phải JSON hợp lệ.");
        }
    }

    TypedValue spin(Object value) {
        try {
            return SpinValues.jsonValue(mapper.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
