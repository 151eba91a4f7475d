package vn.partyreview.integrity;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON body of a completion or start ({@code {"variables": {name: {value, type, valueInfo}}}}) read into the
 * values form-js could have produced. Only the value types a form field yields are accepted: none or String, the
 * integer and decimal number types, Boolean, and Json for lists; Object, File, Bytes, Date and the rest are not.
 */
record SubmissionBody(Map<String, JsonNode> values, List<FieldError> errors) {

    static final String BODY = "body";

    /** Duplicate keys are refused: the engine must not read a different value than the one checked here. */
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final Set<String> TASK_FIELDS = Set.of("variables", "withVariablesInReturn");
    private static final Set<String> START_FIELDS = Set.of("variables", "businessKey", "withVariablesInReturn");

    static SubmissionBody readTaskCompletion(byte[] body) {
        return read(body, TASK_FIELDS);
    }

    static SubmissionBody readStart(byte[] body) {
        return read(body, START_FIELDS);
    }

    private static SubmissionBody read(byte[] body, Set<String> allowedFields) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        if (body.length == 0 || new String(body).isBlank()) {
            return new SubmissionBody(values, errors);
        }
        JsonNode root;
        try {
            root = STRICT.readTree(body);
        } catch (JsonProcessingException malformed) {
            errors.add(new FieldError(BODY, "Nội dung gửi lên không phải JSON hợp lệ."));
            return new SubmissionBody(values, errors);
        } catch (IOException unreadable) {
            errors.add(new FieldError(BODY, "Không đọc được nội dung gửi lên."));
            return new SubmissionBody(values, errors);
        }
        if (!root.isObject()) {
            errors.add(new FieldError(BODY, "Nội dung gửi lên phải là một đối tượng JSON."));
            return new SubmissionBody(values, errors);
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!allowedFields.contains(name)) {
                errors.add(new FieldError(name, "Không được gửi \"" + name + "\" cùng biểu mẫu."));
            }
        });
        JsonNode variables = root.path("variables");
        if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
            errors.add(new FieldError("variables", "\"variables\" phải là một đối tượng JSON."));
        } else if (variables.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> variable = it.next();
                read(variable.getKey(), variable.getValue(), values, errors);
            }
        }
        return new SubmissionBody(values, errors);
    }

    private static void read(String name, JsonNode variable, Map<String, JsonNode> values, List<FieldError> errors) {
        if (!variable.isObject()) {
            errors.add(FieldMessages.malformedValue(name, "cần dạng {\"value\": ..., \"type\": ...}"));
            return;
        }
        JsonNode value = variable.path("value").isMissingNode() ? NullNode.getInstance() : variable.path("value");
        JsonNode typeNode = variable.path("type");
        if (!typeNode.isMissingNode() && !typeNode.isNull() && !typeNode.isTextual()) {
            errors.add(FieldMessages.malformedValue(name, "kiểu dữ liệu phải là một tên"));
            return;
        }
        String type = typeNode.isTextual() ? typeNode.asText() : "";
        FieldError error = switch (type.toLowerCase()) {
            case "" -> value.isContainerNode() ? FieldMessages.malformedValue(name, "giá trị phải có kiểu dữ liệu")
                    : null;
            case "string" -> value.isNull() || value.isTextual() ? null
                    : FieldMessages.malformedValue(name, "cần một chuỗi ký tự");
            case "boolean" -> value.isNull() || value.isBoolean() ? null
                    : FieldMessages.malformedValue(name, "cần giá trị đúng/sai");
            case "integer" -> integral(name, value, BigDecimal.valueOf(Integer.MIN_VALUE),
                    BigDecimal.valueOf(Integer.MAX_VALUE));
            case "short" -> integral(name, value, BigDecimal.valueOf(Short.MIN_VALUE),
                    BigDecimal.valueOf(Short.MAX_VALUE));
            case "long" -> integral(name, value, BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.valueOf(Long.MAX_VALUE));
            case "double" -> value.isNull() || value.isNumber() ? null
                    : FieldMessages.malformedValue(name, "cần một số");
            case "json" -> json(name, value, values);
            default -> FieldMessages.unsupportedValueType(name, type);
        };
        if (error != null) {
            errors.add(error);
        } else if (!"json".equalsIgnoreCase(type)) {
            values.put(name, value);
        }
    }

    private static FieldError integral(String name, JsonNode value, BigDecimal min, BigDecimal max) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            return FieldMessages.malformedValue(name, "cần một số nguyên");
        }
        BigDecimal number = value.decimalValue();
        if (number.stripTrailingZeros().scale() > 0 || number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            return FieldMessages.malformedValue(name, "cần một số nguyên trong giới hạn của kiểu dữ liệu");
        }
        return null;
    }

    /** A Json value travels as its serialised text, as Tasklist sends lists. */
    private static FieldError json(String name, JsonNode value, Map<String, JsonNode> values) {
        if (value.isNull()) {
            values.put(name, value);
            return null;
        }
        if (!value.isTextual()) {
            return FieldMessages.malformedValue(name, "giá trị Json phải được gửi dạng chuỗi JSON");
        }
        try {
            values.put(name, STRICT.readTree(value.asText()));
            return null;
        } catch (JsonProcessingException malformed) {
            return FieldMessages.malformedValue(name, "giá trị không phải JSON hợp lệ");
        }
    }
}
