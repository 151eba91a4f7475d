package vn.partyreview.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The checks of one field's value: first that the browser could have produced it (type, options, a real date), then
 * form-js 1.8.7's validator ({@code validateFieldInstance}: number rules, pattern, required, min/max, lengths,
 * validation type), then the engine's storage limit. The first failure is reported.
 */
final class FieldRules {

    /** Camunda stores a String variable in a 4000-character column: longer text would fail in the database. */
    static final int STORABLE_TEXT = 4000;

    // form-js 1.8.7 (lib/deps.js): EMAIL_PATTERN anchored, PHONE_PATTERN anchored at its end only (RegExp.test)
    private static final Pattern EMAIL = Pattern.compile("^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9]"
            + "(?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$");
    private static final Pattern PHONE = Pattern.compile("(\\+|00)(297|93|244|1264|358|355|376|971|54|374|1684|1268|61|43|994|257|32|229|226|880|359|973|1242|387|590|375|501|1441|591|55|1246|673|975|267|236|1|61|41|56|86|225|237|243|242|682|57|269|238|506|53|5999|61|1345|357|420|49|253|1767|45|1809|1829|1849|213|593|20|291|212|34|372|251|358|679|500|33|298|691|241|44|995|44|233|350|224|590|220|245|240|30|1473|299|502|594|1671|592|852|504|385|509|36|62|44|91|246|353|98|964|354|972|39|1876|44|962|81|76|77|254|996|855|686|1869|82|383|965|856|961|231|218|1758|423|94|266|370|352|371|853|590|212|377|373|261|960|52|692|389|223|356|95|382|976|1670|258|222|1664|596|230|265|60|262|264|687|227|672|234|505|683|31|47|977|674|64|968|92|507|64|51|63|680|675|48|1787|1939|850|351|595|970|689|974|262|40|7|250|966|249|221|65|500|4779|677|232|503|378|252|508|381|211|239|597|421|386|46|268|1721|248|963|1649|235|228|66|992|690|993|670|676|1868|216|90|688|886|255|256|380|598|1|998|3906698|379|1784|58|1284|1340|84|678|681|685|967|27|260|263)(9[976]\\d|8[987530]\\d|6[987]\\d|5[90]\\d|42\\d|3[875]\\d|2[98654321]\\d|9[8543210]|8[6421]|6[6543210]|5[87654321]|4[987654310]|3[9643210]|2[70]|7|1)\\d{4,20}$");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?");

    private final Map<String, Optional<Pattern>> patterns = new ConcurrentHashMap<>();

    Optional<FieldError> check(FormField field, JsonNode value, List<JsonNode> options) {
        return Optional.ofNullable(shape(field, value, options)).or(() -> formJs(field, value))
                .or(() -> storable(field, value));
    }

    /** What the browser's widgets guarantee: the right JSON type, a real option, a real date. */
    private FieldError shape(FormField field, JsonNode value, List<JsonNode> options) {
        if (JsValues.isNil(value)) {
            return null;
        }
        FormFieldType type = FormFieldType.of(field.type());
        return switch (type) {
            case TEXTFIELD, TEXTAREA -> value.isTextual() ? null : FieldMessages.wrongType(field, "một chuỗi ký tự");
            case DATETIME -> dateTime(field, value);
            case NUMBER -> number(field, value);
            case CHECKBOX -> value.isBoolean() ? null : FieldMessages.wrongType(field, "giá trị đúng/sai");
            case RADIO, SELECT -> FormOptions.contains(options, value) ? null : FieldMessages.notAnOption(field);
            case CHECKLIST, TAGLIST -> list(field, value, options);
            case DYNAMICLIST -> repetitions(field, value);
        };
    }

    private FieldError dateTime(FormField field, JsonNode value) {
        if (!value.isTextual()) {
            return FieldMessages.wrongType(field, "một ngày dạng chuỗi");
        }
        String text = value.asText();
        if (text.isEmpty()) {
            return null;
        }
        String subtype = field.subtype() == null ? "date" : field.subtype();
        boolean valid = switch (subtype) {
            case "time" -> TIME.matcher(text).matches();
            case "datetime" -> text.length() > 11 && text.charAt(10) == 'T' && realDate(text.substring(0, 10))
                    && TIME.matcher(text.substring(11)).matches();
            default -> realDate(text);
        };
        if (valid) {
            return null;
        }
        return FieldMessages.wrongType(field, switch (subtype) {
            case "time" -> "một giờ dạng HH:mm";
            case "datetime" -> "một ngày giờ dạng YYYY-MM-DDTHH:mm";
            default -> "một ngày có thật dạng YYYY-MM-DD";
        });
    }

    private static boolean realDate(String text) {
        if (!DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException notADay) {
            return false;
        }
    }

    private FieldError number(FormField field, JsonNode value) {
        if (field.serializeToString() && value.isTextual()) {
            return value.asText().isEmpty() || decimal(value.asText()) != null ? null
                    : FieldMessages.wrongType(field, "một số");
        }
        return value.isNumber() ? null : FieldMessages.wrongType(field, "một số");
    }

    private FieldError list(FormField field, JsonNode value, List<JsonNode> options) {
        if (!value.isArray()) {
            return FieldMessages.wrongType(field, "một danh sách lựa chọn");
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode item : value) {
            if (!FormOptions.contains(options, item)) {
                return FieldMessages.notAnOption(field);
            }
            if (!seen.add(item.isNumber() ? item.decimalValue().stripTrailingZeros().toPlainString()
                    : item.toString())) {
                return FieldMessages.repeatedOption(field);
            }
        }
        return null;
    }

    /**
     * Each repetition an object holding only the list's fields (form-js submits readonly fields too, never disabled
     * ones), each value checked by its field's own rules; the first failure names the repetition.
     */
    private FieldError repetitions(FormField list, JsonNode value) {
        if (!value.isArray()) {
            return FieldMessages.wrongType(list, "một danh sách");
        }
        int row = 0;
        for (JsonNode item : value) {
            row++;
            if (!item.isObject()) {
                return FieldMessages.wrongType(list, "một danh sách các dòng");
            }
            for (var names = item.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (list.items().stream().noneMatch(f -> f.key().equals(name) && !f.disabled())) {
                    return FieldMessages.inRow(list, row, FieldMessages.unknown(name));
                }
            }
            for (FormField field : list.items()) {
                if (field.disabled()) {
                    continue;
                }
                JsonNode cell = item.has(field.key()) ? item.get(field.key()) : NullNode.getInstance();
                Optional<FieldError> error = field.readonly() ? Optional.ofNullable(shape(field, cell, List.of()))
                        : check(field, cell, List.of());
                if (error.isPresent()) {
                    return FieldMessages.inRow(list, row, error.get());
                }
            }
        }
        return null;
    }

    /** form-js's validateFieldInstance, rule by rule, on the value as JavaScript sees it. */
    private Optional<FieldError> formJs(FormField field, JsonNode value) {
        FieldError error = null;
        BigDecimal number = numeric(value);
        String text = value.isTextual() ? value.asText() : null;
        if ("number".equals(field.type())) {
            error = numberRules(field, number);
        }
        if (error == null && field.pattern() != null && JsValues.truthy(value) && text != null
                && !matches(field.pattern(), text)) {
            error = FieldMessages.pattern(field);
        }
        if (error == null && field.required() && empty(field, value)) {
            error = FieldMessages.required(field);
        }
        if (error == null && number != null && field.min() != null && number.compareTo(field.min()) < 0) {
            error = FieldMessages.belowMin(field, field.min());
        }
        if (error == null && number != null && field.max() != null && number.compareTo(field.max()) > 0) {
            error = FieldMessages.aboveMax(field, field.max());
        }
        if (error == null && text != null && !text.isEmpty()) {
            error = textRules(field, text);
        }
        return Optional.ofNullable(error);
    }

    private static FieldError numberRules(FormField field, BigDecimal number) {
        if (number == null || number.signum() == 0) {
            return null;
        }
        Integer digits = field.decimalDigits();
        if (digits != null && digits >= 0 && Math.max(0, number.stripTrailingZeros().scale()) > digits) {
            return FieldMessages.decimals(field, digits);
        }
        BigDecimal step = field.increment();
        if (step != null && step.signum() != 0 && number.remainder(step).signum() != 0) {
            return FieldMessages.increment(field, step);
        }
        return null;
    }

    private static FieldError textRules(FormField field, String text) {
        int length = JsValues.trimmedLength(text);
        if (field.minLength() != null && length < field.minLength()) {
            return FieldMessages.tooShort(field, field.minLength());
        }
        if (field.maxLength() != null && length > field.maxLength()) {
            return FieldMessages.tooLong(field, field.maxLength());
        }
        if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
            return FieldMessages.email(field);
        }
        if ("phone".equals(field.validationType()) && !PHONE.matcher(text).find()) {
            return FieldMessages.phone(field);
        }
        return null;
    }

    private static Optional<FieldError> storable(FormField field, JsonNode value) {
        if (value.isTextual() && value.asText().length() > STORABLE_TEXT) {
            return Optional.of(FieldMessages.tooLongToStore(field, STORABLE_TEXT));
        }
        return Optional.empty();
    }

    /** form-js: null, undefined, "", an empty list, or an unticked checkbox. */
    private static boolean empty(FormField field, JsonNode value) {
        return JsValues.isNil(value) || value.isTextual() && value.asText().isEmpty()
                || value.isArray() && value.isEmpty()
                || "checkbox".equals(field.type()) && value.isBoolean() && !value.asBoolean();
    }

    private boolean matches(String pattern, String text) {
        // RegExp.test: anywhere in the text; a pattern Java cannot compile is one the form cannot enforce
        return patterns.computeIfAbsent(pattern, FieldRules::compile)
                .map(p -> p.matcher(text).find()).orElse(true);
    }

    private static Optional<Pattern> compile(String pattern) {
        try {
            return Optional.of(Pattern.compile(pattern));
        } catch (PatternSyntaxException unsupported) {
            return Optional.empty();
        }
    }

    private static BigDecimal numeric(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        return value.isTextual() ? decimal(value.asText()) : null;
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
