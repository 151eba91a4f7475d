package vn.partyreview.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Typed access to the cells of one row. Every bad cell is reported to {@link ImportErrors} with its row and column
 * and read as null, so reading goes on and the whole file is checked.
 */
class RowReader {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final List<String> TRUE_WORDS = List.of("true", "có", "x");
    private static final List<String> FALSE_WORDS = List.of("false", "không");

    private final ImportTable table;
    private final int row;
    /** Values of the columns present in the header; a missing column was reported with the header. */
    private final Map<String, String> values;
    private final ImportErrors errors;

    RowReader(ImportTable table, int row, Map<String, String> values, ImportErrors errors) {
        this.table = table;
        this.row = row;
        this.values = values;
        this.errors = errors;
    }

    int row() {
        return row;
    }

    /** The trimmed text, null when empty; reports an empty required cell and a too long value (kept as read). */
    String text(String columnName) {
        ImportTable.Column column = table.column(columnName).orElseThrow();
        String value = values.get(columnName);
        value = value == null ? null : value.strip();
        if (value == null || value.isEmpty()) {
            if (column.required() && values.containsKey(columnName)) {
                reject(columnName, "", "Thiếu giá trị bắt buộc");
            }
            return null;
        }
        if (value.length() > column.maxLength()) {
            reject(columnName, value, "Giá trị dài quá " + column.maxLength() + " ký tự");
        }
        return value;
    }

    /** A cell required in this row only (e.g. a party member's cell, which a non-party leader has not). */
    void require(String column) {
        String value = values.get(column);
        if (value == null || value.isBlank()) {
            reject(column, "", "Thiếu giá trị bắt buộc");
        }
    }

    LocalDate date(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        reject(column, value, "Ngày không hợp lệ '" + value + "' (dùng dd/MM/yyyy)");
        return null;
    }

    /** An enum constant by name (case-insensitive); label names the kind of value in the message. */
    <E extends Enum<E>> E choice(String column, Class<E> type, String label) {
        String value = text(column);
        return value == null ? null : choice(column, value, type, label);
    }

    /** Parses a value taken from part of a cell, e.g. the role in a position. */
    <E extends Enum<E>> E choice(String column, String value, Class<E> type, String label) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            reject(column, value, label + " không hợp lệ '" + value + "' (dùng " + allowed + ")");
            return null;
        }
    }

    /** A yes/no cell: true, false, có, không, x or empty (= no). */
    boolean flag(String column) {
        String value = text(column);
        if (value == null) {
            return false;
        }
        String word = value.toLowerCase(Locale.ROOT);
        if (TRUE_WORDS.contains(word)) {
            return true;
        }
        if (!FALSE_WORDS.contains(word)) {
            reject(column, value, "Giá trị không hợp lệ '" + value + "' (dùng có hoặc không)");
        }
        return false;
    }

    /** The non-empty items of a ';'-separated list. */
    List<String> items(String column) {
        String value = text(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /**
     * Text that must match a pattern; message has one %s for the value. A bad value is still returned so that
     * references to it do not raise further, misleading errors (nothing is written anyway).
     */
    String text(String column, String pattern, String message) {
        String value = text(column);
        if (value != null && !value.matches(pattern)) {
            reject(column, value, message.formatted(value));
        }
        return value;
    }

    void reject(String column, String value, String message) {
        errors.add(table, row, column, value, message);
    }
}
