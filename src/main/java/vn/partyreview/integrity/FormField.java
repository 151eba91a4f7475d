package vn.partyreview.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * One keyed input field of a Camunda Form, with the form-js 1.8.7 properties the browser validates. {@code hideWhen}
 * holds the field's own {@code conditional.hide} and those of the groups around it: any one true hides the field.
 */
record FormField(
        String key,
        String type,
        String label,
        boolean readonly,
        boolean disabled,
        List<String> hideWhen,
        boolean required,
        Integer minLength,
        Integer maxLength,
        BigDecimal min,
        BigDecimal max,
        String pattern,
        String validationType,
        List<JsonNode> staticOptions,
        String valuesKey,
        String subtype,
        Integer decimalDigits,
        BigDecimal increment,
        boolean serializeToString,
        List<FormField> items) {

    /** What an official reads in messages: the label, else the date label, else the key. */
    String displayName() {
        return label == null || label.isBlank() ? key : label.strip();
    }

    /** An official can type or pick its value: the only fields a submission may carry. */
    boolean editable() {
        return !readonly && !disabled;
    }

    boolean hasOptions() {
        return FormFieldType.of(type).hasOptions();
    }
}
