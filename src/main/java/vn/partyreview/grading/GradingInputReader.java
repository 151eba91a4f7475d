package vn.partyreview.grading;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns JSON (an API body or a process variable) into grading input, or lists every bad field. Stricter than the
 * application's ObjectMapper: a number is not accepted for an enum (a rating of 1 would silently become TOT).
 */
@Component
public class GradingInputReader {

    private static final String LIST_ELEMENT = ".<list element>";

    private final ObjectMapper mapper;
    private final Validator validator;

    public GradingInputReader(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T> T read(JsonNode json, Class<T> type) {
        T value = bind(json, type);
        if (value == null) {
            throw invalid("", "Thiếu nội dung yêu cầu");
        }
        List<InputError> errors = validator.validate(value).stream()
                .map(violation -> new InputError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(InputError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidGradingInputException(errors);
        }
        return value;
    }

    private <T> T bind(JsonNode json, Class<T> type) {
        // unknown properties pass: later rule sets (e.g. points-based) may send more data
        ObjectReader reader = mapper.readerFor(type)
                .with(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return reader.readValue(json);
        } catch (JsonMappingException e) {
            throw invalid(pathOf(e), messageFor(e));
        } catch (IOException e) {
            throw invalid("", "Nội dung không phải JSON hợp lệ");
        }
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.endsWith(LIST_ELEMENT) ? path.substring(0, path.length() - LIST_ELEMENT.length()) : path;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String messageFor(JsonMappingException e) {
        Class<?> target = e instanceof MismatchedInputException mismatch
                ? mismatch.getTargetType()
                : null;
        if (target == null) {
            return "Dữ liệu không hợp lệ";
        }
        if (target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return "Giá trị không hợp lệ; chỉ chấp nhận: " + allowed;
        }
        return "Sai kiểu dữ liệu: cần " + expectedKind(target);
    }

    private static String expectedKind(Class<?> target) {
        if (target == Boolean.class || target == boolean.class) {
            return "true hoặc false";
        }
        if (Number.class.isAssignableFrom(target)) {
            return "một số";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "một danh sách";
        }
        if (target == String.class) {
            return "một chuỗi";
        }
        return "một đối tượng JSON";
    }

    private static InvalidGradingInputException invalid(String field, String message) {
        return new InvalidGradingInputException(List.of(new InputError(field, message)));
    }
}
