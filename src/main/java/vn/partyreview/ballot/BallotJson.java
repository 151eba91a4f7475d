package vn.partyreview.ballot;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.partyreview.process.JsonVariables;

/** JSON process variables of the ballot, refused with a message that names the variable, never its content. */
@Component
class BallotJson {

    private final JsonVariables variables;

    BallotJson(JsonVariables variables) {
        this.variables = variables;
    }

    JsonNode read(Object value, String what) {
        // a ballot sheet must not reach the logs: the message names the variable only
        return variables.read(value).orElseThrow(() -> new BallotRefusedException(what + " không phải JSON hợp lệ."));
    }

    TypedValue spin(Object value) {
        return variables.spin(value);
    }
}
