package vn.partyreview.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The server's verdict on a submission, case by case, as form-js 1.8.7 judges it in Tasklist (and stricter). */
class SubmissionValidatorTest {

    private static final FormSchema FORM = FormSchema.parse("""
            {"id": "sample", "components": [
              {"type": "text", "text": "# Mẫu thử"},
              {"type": "textfield", "key": "name", "label": "Họ và tên",
               "validate": {"required": true, "minLength": 2, "maxLength": 10}},
              {"type": "textfield", "key": "code", "label": "Mã", "validate": {"pattern": "^[A-Z]+$"}},
              {"type": "textfield", "key": "mail", "label": "Thư điện tử", "validate": {"validationType": "email"}},
              {"type": "textfield", "key": "phone", "label": "Điện thoại", "validate": {"validationType": "phone"}},
              {"type": "textarea", "key": "note", "label": "Ghi chú"},
              {"type": "number", "key": "count", "label": "Số người", "decimalDigits": 0,
               "validate": {"min": 1, "max": 100}},
              {"type": "number", "key": "score", "label": "Điểm", "increment": "0.5"},
              {"type": "checkbox", "key": "agree", "label": "Đồng ý", "validate": {"required": true}},
              {"type": "checkbox", "key": "explain", "label": "Có giải trình"},
              {"type": "textarea", "key": "why", "label": "Giải trình", "validate": {"required": true},
               "conditional": {"hide": "=not(explain)"}},
              {"type": "datetime", "key": "day", "subtype": "date", "dateLabel": "Ngày họp"},
              {"type": "select", "key": "level", "label": "Mức xếp loại", "validate": {"required": true},
               "values": [{"label": "Tốt", "value": "HTTNV"}, {"label": "Đạt", "value": "HTNV"}]},
              {"type": "radio", "key": "rating", "label": "Tự đánh giá",
               "values": [{"label": "Tốt", "value": "TOT"}, {"label": "Kém", "value": "KEM"}]},
              {"type": "checklist", "key": "picks", "label": "Đối tượng", "valuesKey": "choices"},
              {"type": "taglist", "key": "tags", "label": "Nhãn", "values": [{"label": "x", "value": "x"}, "y"]},
              {"type": "select", "key": "ceiling", "label": "Mức tối đa", "readonly": true, "values": ["HTTNV"]},
              {"type": "select", "key": "quota", "label": "Nhóm hạn mức", "disabled": true, "values": ["A"]},
              {"type": "dynamiclist", "path": "items", "label": "Điểm theo tiêu chí", "isRepeating": true,
               "allowAddRemove": false, "components": [
                 {"type": "text", "text": "{{label}} (tối đa {{max}})"},
                 {"type": "textfield", "key": "code", "label": "Mã tiêu chí", "readonly": true},
                 {"type": "number", "key": "points", "label": "Điểm tự chấm",
                  "validate": {"required": true, "min": 0, "max": 70}}]},
              {"type": "group", "label": "Công chức", "conditional": {"hide": "=not(civilServant)"},
               "components": [{"type": "select", "key": "servantLevel", "label": "Xếp loại công chức",
                               "validate": {"required": true}, "values": ["HTTNV", "HTNV"]}]}
            ]}""");

    private static final SubmissionValidator VALIDATOR = new SubmissionValidator(new HideConditions());

    static Stream<Arguments> cases() {
        return Stream.of(
                ok("a complete, valid submission", Map.of()),
                ok("text judged on its trimmed length, as JavaScript trims", Map.of("name", "\u00A0 Nguyễn An \t")),
                ok("an empty optional pattern field", Map.of("code", "")),
                ok("an email", Map.of("mail", "an@dang.vn")),
                ok("an international phone number", Map.of("phone", "+84912345678")),
                ok("a whole number in range", Map.of("count", 100)),
                ok("a step of the increment", Map.of("score", 2.5)),
                ok("a real date", Map.of("day", "2026-02-28")),
                ok("an empty date", Map.of("day", "")),
                ok("no choice in an optional radio", nullValue("rating")),
                ok("options from the task's list variable", Map.of("picks", List.of("dv1", "dv2"))),
                ok("a bare string option", Map.of("tags", List.of("x", "y"))),
                ok("a hidden required field left out", Map.of()),
                ok("a shown conditional field filled", Map.of("explain", true, "why", "Vì lý do sức khỏe")),
                refused("a key the form does not have", Map.of("cellCommitteeGroup", "CB-TDP01.members"),
                        "cellCommitteeGroup", "Biểu mẫu không có trường \"cellCommitteeGroup\"."),
                refused("the options list itself", Map.of("choices", List.of("dv9")),
                        "choices", "Biểu mẫu không có trường \"choices\"."),
                refused("a read-only field", Map.of("ceiling", "HTTNV"),
                        "ceiling", "Trường \"Mức tối đa\" chỉ để xem, không được gửi giá trị."),
                refused("a disabled field", Map.of("quota", "A"),
                        "quota", "Trường \"Nhóm hạn mức\" chỉ để xem, không được gửi giá trị."),
                refused("a field hidden by its group", Map.of("servantLevel", "HTTNV"),
                        "servantLevel", "Trường \"Xếp loại công chức\" đang ẩn trên biểu mẫu, không được gửi giá trị."),
                refused("a field hidden by its own condition", Map.of("why", "x"),
                        "why", "Trường \"Giải trình\" đang ẩn trên biểu mẫu, không được gửi giá trị."),
                refused("a required field left out", without("name"), "name", "Trường \"Họ và tên\" là bắt buộc."),
                refused("a required field empty", Map.of("name", ""), "name", "Trường \"Họ và tên\" là bắt buộc."),
                refused("a required select with no choice", nullValue("level"),
                        "level", "Trường \"Mức xếp loại\" là bắt buộc."),
                refused("an unticked required checkbox", Map.of("agree", false),
                        "agree", "Trường \"Đồng ý\" là bắt buộc."),
                refused("a shown conditional field left out", Map.of("explain", true),
                        "why", "Trường \"Giải trình\" là bắt buộc."),
                refused("only spaces where two characters are needed", Map.of("name", "   "),
                        "name", "Trường \"Họ và tên\" phải có ít nhất 2 ký tự."),
                refused("a text over its maximum length", Map.of("name", "Nguyễn Văn An"),
                        "name", "Trường \"Họ và tên\" dài quá 10 ký tự."),
                refused("a text over what the engine can store", Map.of("note", "x".repeat(4001)),
                        "note", "Trường \"Ghi chú\" dài quá 4000 ký tự (tính cả khoảng trắng ở đầu và cuối)."),
                refused("a number for a text", Map.of("name", 12),
                        "name", "Trường \"Họ và tên\" không hợp lệ: cần một chuỗi ký tự."),
                refused("a text off its pattern", Map.of("code", "abc"),
                        "code", "Trường \"Mã\" không hợp lệ: không đúng định dạng yêu cầu."),
                refused("a malformed email", Map.of("mail", "an@"),
                        "mail", "Trường \"Thư điện tử\" không hợp lệ: không phải địa chỉ thư điện tử hợp lệ."),
                refused("a local phone number", Map.of("phone", "0912345678"), "phone",
                        "Trường \"Điện thoại\" không hợp lệ: không phải số điện thoại quốc tế hợp lệ (ví dụ +84912345678)."),
                refused("zero under the minimum", Map.of("count", 0),
                        "count", "Trường \"Số người\" phải lớn hơn hoặc bằng 1."),
                refused("over the maximum", Map.of("count", 101),
                        "count", "Trường \"Số người\" phải nhỏ hơn hoặc bằng 100."),
                refused("decimals where none are allowed", Map.of("count", 1.5),
                        "count", "Trường \"Số người\" không hợp lệ: phải là số nguyên."),
                refused("off the increment", Map.of("score", 0.75),
                        "score", "Trường \"Điểm\" không hợp lệ: phải là bội số của 0.5."),
                refused("a numeric text for a number", Map.of("count", "5"),
                        "count", "Trường \"Số người\" không hợp lệ: cần một số."),
                refused("a text for a checkbox", Map.of("agree", "true"),
                        "agree", "Trường \"Đồng ý\" không hợp lệ: cần giá trị đúng/sai."),
                refused("a day that does not exist", Map.of("day", "2026-02-30"),
                        "day", "Trường \"Ngày họp\" không hợp lệ: cần một ngày có thật dạng YYYY-MM-DD."),
                refused("a date in another format", Map.of("day", "30/11/2026"),
                        "day", "Trường \"Ngày họp\" không hợp lệ: cần một ngày có thật dạng YYYY-MM-DD."),
                refused("a level not offered", Map.of("level", "RAT_TOT_LAM"), "level",
                        "Trường \"Mức xếp loại\" không hợp lệ: giá trị không nằm trong danh sách cho phép."),
                refused("a radio value not offered", Map.of("rating", "XUAT_SAC"), "rating",
                        "Trường \"Tự đánh giá\" không hợp lệ: giá trị không nằm trong danh sách cho phép."),
                refused("a subject not on the task's list", Map.of("picks", List.of("dv1", "dv9")), "picks",
                        "Trường \"Đối tượng\" không hợp lệ: giá trị không nằm trong danh sách cho phép."),
                refused("a subject ticked twice", Map.of("picks", List.of("dv1", "dv1")), "picks",
                        "Trường \"Đối tượng\" không hợp lệ: một lựa chọn được gửi hai lần."),
                refused("one text for a checklist", Map.of("picks", "dv1"), "picks",
                        "Trường \"Đối tượng\" không hợp lệ: cần một danh sách lựa chọn."),
                ok("a dynamic list's rows, read-only fields as shown", Map.of("items",
                        List.of(Map.of("code", "C1", "points", 10), Map.of("code", "T1", "points", 0)))),
                refused("a row over its field's maximum", Map.of("items", List.of(Map.of("code", "C1", "points", 71))),
                        "items", "Dòng 1 của 'Điểm theo tiêu chí': Trường \"Điểm tự chấm\" phải nhỏ hơn hoặc bằng 70."),
                refused("a row without its required field", Map.of("items",
                        List.of(Map.of("code", "C1", "points", 1), Map.of("code", "C2"))), "items",
                        "Dòng 2 của 'Điểm theo tiêu chí': Trường \"Điểm tự chấm\" là bắt buộc."),
                refused("a row with a total the list does not have", Map.of("items",
                        List.of(Map.of("code", "C1", "points", 1, "total", 100))), "items",
                        "Dòng 1 của 'Điểm theo tiêu chí': Biểu mẫu không có trường \"total\"."),
                refused("one value for a dynamic list", Map.of("items", "C1"), "items",
                        "Trường \"Điểm theo tiêu chí\" không hợp lệ: cần một danh sách."),
                refused("a tag not offered", Map.of("tags", List.of("z")), "tags",
                        "Trường \"Nhãn\" không hợp lệ: giá trị không nằm trong danh sách cho phép."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judgesEachSubmissionAsTheBrowserWould(String description, Map<String, Object> changes, String field,
                                               String message) {
        Map<String, Object> submission = new LinkedHashMap<>(Map.of("name", "Lan", "agree", true,
                "level", "HTTNV"));
        changes.forEach((key, value) -> {
            if (value == Removed.FIELD) {
                submission.remove(key);
            } else {
                submission.put(key, value);
            }
        });
        Map<String, Object> variables = new HashMap<>(Map.of("civilServant", false, "ceiling", "HTTNV",
                "choices", List.of(Map.of("label", "Đồng chí Một", "value", "dv1"), Map.of("label", "Hai", "value", "dv2"))));

        List<FieldError> errors = VALIDATOR.validate(FORM, json(submission), variables);

        if (field == null) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).containsExactly(new FieldError(field, message));
        }
    }

    @Test
    void aDynamicListTheServerCannotJudgeRowByRowIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FormSchema.parse("""
                {"id": "x", "components": [{"type": "dynamiclist", "path": "rows", "components": [
                  {"type": "number", "key": "n"}]}]}""")).isInstanceOf(UnsupportedFormException.class);
    }

    @Test
    void aFieldInAShownGroupIsRequired() {
        List<FieldError> errors = VALIDATOR.validate(FORM,
                json(Map.of("name", "Lan", "agree", true, "level", "HTTNV")),
                Map.of("civilServant", true));
        assertThat(errors).containsExactly(new FieldError("servantLevel",
                "Trường \"Xếp loại công chức\" là bắt buộc."));
    }

    @Test
    void aLongSectionLabelIsCutAtAWord() {
        assertThat(FieldMessages.shortLabel("1. Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức "
                + "kỷ luật; tác phong, lề lối làm việc; đấu tranh phòng, chống biểu hiện suy thoái"))
                .isEqualTo("1. Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác "
                        + "phong,…");
    }

    private enum Removed { FIELD }

    private static Map<String, Object> without(String key) {
        return Map.of(key, Removed.FIELD);
    }

    private static Map<String, Object> nullValue(String key) {
        Map<String, Object> change = new HashMap<>();
        change.put(key, null);
        return change;
    }

    private static Arguments ok(String description, Map<String, Object> changes) {
        return Arguments.of(description, changes, null, null);
    }

    private static Arguments refused(String description, Map<String, Object> changes, String field,
                                     String message) {
        return Arguments.of(description, changes, field, message);
    }

    private static Map<String, JsonNode> json(Map<String, Object> values) {
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        values.forEach((key, value) -> nodes.put(key, JsValues.toJson(value)));
        return nodes;
    }
}
