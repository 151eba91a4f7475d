package vn.partyreview.integrity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JavaScript's view of a JSON value, so the server judges a value exactly as form-js does in the browser. */
final class JsValues {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** What String.prototype.trim() removes: ECMAScript WhiteSpace and LineTerminator. */
    private static final String JS_WHITESPACE =
            "\t\n\u000B\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
                    + "\u2028\u2029\u202F\u205F\u3000\uFEFF";

    private JsValues() {
    }

    static boolean isNil(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    static boolean truthy(JsonNode value) {
        if (isNil(value)) {
            return false;
        }
        if (value.isTextual()) {
            return !value.asText().isEmpty();
        }
        if (value.isNumber()) {
            return value.decimalValue().signum() != 0;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        return true;
    }

    /** The length JavaScript reports after trim(): UTF-16 code units, as Java counts them. */
    static int trimmedLength(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && JS_WHITESPACE.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && JS_WHITESPACE.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end - start;
    }

    /** Equal as JSON values, numbers by value (1 and 1.0 are the same option). */
    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    static Object toJava(JsonNode value) {
        return isNil(value) ? null : JSON.convertValue(value, Object.class);
    }

    static JsonNode toJson(Object value) {
        return JSON.valueToTree(value);
    }
}
