package vn.partyreview.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the REST body: only what a form field can produce gets through to the form's rules. */
class SubmissionBodyTest {

    @Test
    void readsTasklistsUntypedValuesAndJsonLists() {
        SubmissionBody body = read("""
                {"variables": {"name": {"value": "Lan"}, "count": {"value": 4}, "ok": {"value": true},
                 "none": {"value": null}, "picks": {"value": "[\\"a\\",\\"b\\"]", "type": "Json", "valueInfo": {}},
                 "year": {"value": 2026, "type": "Integer"}, "text": {"value": "x", "type": "String"}}}""");
        assertThat(body.errors()).isEmpty();
        assertThat(body.values().get("name").asText()).isEqualTo("Lan");
        assertThat(body.values().get("count").isNumber()).isTrue();
        assertThat(body.values().get("ok").asBoolean()).isTrue();
        assertThat(body.values().get("none").isNull()).isTrue();
        JsonNode picks = body.values().get("picks");
        assertThat(picks.isArray()).isTrue();
        assertThat(picks.get(1).asText()).isEqualTo("b");
        assertThat(body.values()).containsKeys("year", "text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Object", "File", "Bytes", "Date", "Null", "Serializable", "xml"})
    void refusesValueTypesNoFormFieldProduces(String type) {
        SubmissionBody body = read("{\"variables\": {\"v\": {\"value\": \"x\", \"type\": \"" + type + "\"}}}");
        assertThat(body.errors()).containsExactly(new FieldError("v",
                "Trường \"v\" có kiểu dữ liệu \"" + type + "\" không được chấp nhận."));
        assertThat(body.values()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"value\": [1, 2]}|giá trị phải có kiểu dữ liệu",
            "{\"value\": 1.5, \"type\": \"Integer\"}|cần một số nguyên trong giới hạn của kiểu dữ liệu",
            "{\"value\": 40000, \"type\": \"Short\"}|cần một số nguyên trong giới hạn của kiểu dữ liệu",
            "{\"value\": \"12\", \"type\": \"Long\"}|cần một số nguyên",
            "{\"value\": 12, \"type\": \"String\"}|cần một chuỗi ký tự",
            "{\"value\": \"yes\", \"type\": \"Boolean\"}|cần giá trị đúng/sai",
            "{\"value\": [\"a\"], \"type\": \"Json\"}|giá trị Json phải được gửi dạng chuỗi JSON",
            "{\"value\": \"[a\", \"type\": \"Json\"}|giá trị không phải JSON hợp lệ",
            "\"Lan\"|cần dạng {\"value\": ..., \"type\": ...}",
            "{\"value\": \"x\", \"type\": 7}|kiểu dữ liệu phải là một tên"})
    void namesTheVariableOfAMalformedValue(String variable, String why) {
        SubmissionBody body = read("{\"variables\": {\"v\": " + variable + "}}");
        assertThat(body.errors()).containsExactly(new FieldError("v", "Trường \"v\" không hợp lệ: " + why + "."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"variables\": {", "[]", "{\"variables\": {}} {}",
            "{\"variables\": {\"a\": {\"value\": 1}}, \"variables\": {\"a\": {\"value\": 2}}}"})
    void refusesABodyThatIsNotOneJsonObject(String json) {
        assertThat(read(json).errors()).extracting(FieldError::field).containsExactly(SubmissionBody.BODY);
    }

    @Test
    void refusesStartInstructionsAndOtherFieldsBesideTheForm() {
        SubmissionBody body = SubmissionBody.readStart(bytes(
                "{\"variables\": {}, \"businessKey\": \"k\", \"startInstructions\": [], \"skipIoMappings\": true}"));
        assertThat(body.errors()).extracting(FieldError::message).containsExactly(
                "Không được gửi \"startInstructions\" cùng biểu mẫu.", "Không được gửi \"skipIoMappings\" cùng biểu mẫu.");
        assertThat(read("{\"businessKey\": \"k\"}").errors()).extracting(FieldError::field)
                .containsExactly("businessKey");
    }

    @Test
    void anEmptyBodySubmitsNothing() {
        assertThat(read("").errors()).isEmpty();
        assertThat(read("{}").values()).isEmpty();
    }

    private static SubmissionBody read(String json) {
        return SubmissionBody.readTaskCompletion(bytes(json));
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
