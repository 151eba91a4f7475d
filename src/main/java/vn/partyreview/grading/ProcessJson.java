package vn.partyreview.grading;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import vn.partyreview.process.JsonVariables;

/** The grading delegates' JSON variables: invalid JSON is bad grading input. */
final class ProcessJson {

    private final JsonVariables variables;

    ProcessJson(JsonVariables variables) {
        this.variables = variables;
    }

    JsonNode tree(Object value) {
        return variables.read(value).orElseThrow(() -> new InvalidGradingInputException(
                List.of(new InputError("", "Biến quy trình không phải JSON hợp lệ"))));
    }

    /** A list of texts as a Spin JSON variable, which Tasklist forms can show. */
    TypedValue list(List<String> texts) {
        return variables.spin(texts);
    }
}
