package vn.partyreview.integrity;

import java.math.BigDecimal;

/** The Vietnamese refusals an official reads in Tasklist, each naming the field as the form labels it. */
final class FieldMessages {

    /** Long section labels are cut at a word so the message stays readable in Tasklist's notification. */
    private static final int LABEL_LIMIT = 90;

    private FieldMessages() {
    }

    static FieldError unknown(String key) {
        return new FieldError(key, "Biểu mẫu không có trường \"" + key + "\".");
    }

    static FieldError notEditable(FormField field) {
        return error(field, "chỉ để xem, không được gửi giá trị.");
    }

    /** A field inside a dynamic list's repetition: the list's variable, the row and the field's own message. */
    static FieldError inRow(FormField list, int row, FieldError error) {
        return new FieldError(list.key(), "Dòng " + row + " của '" + shortLabel(list.displayName()) + "': "
                + error.message());
    }

    static FieldError hidden(FormField field) {
        return error(field, "đang ẩn trên biểu mẫu, không được gửi giá trị.");
    }

    static FieldError required(FormField field) {
        return error(field, "là bắt buộc.");
    }

    static FieldError notAnOption(FormField field) {
        return invalid(field, "giá trị không nằm trong danh sách cho phép.");
    }

    static FieldError repeatedOption(FormField field) {
        return invalid(field, "một lựa chọn được gửi hai lần.");
    }

    static FieldError wrongType(FormField field, String expected) {
        return invalid(field, "cần " + expected + ".");
    }

    static FieldError unsupportedValueType(String key, String type) {
        return new FieldError(key, "Trường \"" + key + "\" có kiểu dữ liệu \"" + type + "\" không được chấp nhận.");
    }

    static FieldError malformedValue(String key, String why) {
        return new FieldError(key, "Trường \"" + key + "\" không hợp lệ: " + why + ".");
    }

    static FieldError tooLong(FormField field, int limit) {
        return error(field, "dài quá " + limit + " ký tự.");
    }

    static FieldError tooLongToStore(FormField field, int limit) {
        return error(field, "dài quá " + limit + " ký tự (tính cả khoảng trắng ở đầu và cuối).");
    }

    static FieldError tooShort(FormField field, int limit) {
        return error(field, "phải có ít nhất " + limit + " ký tự.");
    }

    static FieldError belowMin(FormField field, BigDecimal min) {
        return error(field, "phải lớn hơn hoặc bằng " + min.toPlainString() + ".");
    }

    static FieldError aboveMax(FormField field, BigDecimal max) {
        return error(field, "phải nhỏ hơn hoặc bằng " + max.toPlainString() + ".");
    }

    static FieldError pattern(FormField field) {
        return invalid(field, "không đúng định dạng yêu cầu.");
    }

    static FieldError email(FormField field) {
        return invalid(field, "không phải địa chỉ thư điện tử hợp lệ.");
    }

    static FieldError phone(FormField field) {
        return invalid(field, "không phải số điện thoại quốc tế hợp lệ (ví dụ +84912345678).");
    }

    static FieldError decimals(FormField field, int digits) {
        return invalid(field, digits == 0 ? "phải là số nguyên."
                : "chỉ được có tối đa " + digits + " chữ số thập phân.");
    }

    static FieldError increment(FormField field, BigDecimal step) {
        return invalid(field, "phải là bội số của " + step.toPlainString() + ".");
    }

    private static FieldError invalid(FormField field, String why) {
        return error(field, "không hợp lệ: " + why);
    }

    private static FieldError error(FormField field, String what) {
        return new FieldError(field.key(), "Trường \"" + shortLabel(field.displayName()) + "\" " + what);
    }

    static String shortLabel(String label) {
        if (label.length() <= LABEL_LIMIT) {
            return label;
        }
        int cut = label.lastIndexOf(' ', LABEL_LIMIT);
        return label.substring(0, cut > LABEL_LIMIT / 2 ? cut : LABEL_LIMIT).stripTrailing() + "…";
    }
}
