package vn.partyreview.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One table as read from a CSV file or a sheet, cells as text: the common ground of both formats, so the rest of
 * the import does not know which one the user chose.
 */
record RawTable(ImportTable table, List<String> headers, List<RawRow> rows) {

    /** A data row; number is the spreadsheet row (header = 1). */
    record RawRow(int number, List<String> cells) {

        boolean isBlank() {
            return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
        }
    }

    /** Checks the header (row 1) and gives a reader per non-blank data row. */
    List<RowReader> readRows(ImportErrors errors) {
        Map<Integer, String> columnByIndex = checkHeader(errors);
        List<RowReader> readers = new ArrayList<>();
        for (RawRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            columnByIndex.forEach((index, column) ->
                    values.put(column, index < row.cells().size() ? row.cells().get(index) : null));
            readers.add(new RowReader(table, row.number(), values, errors));
        }
        return readers;
    }

    private Map<Integer, String> checkHeader(ImportErrors errors) {
        Map<Integer, String> columnByIndex = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < headers.size(); index++) {
            String header = headers.get(index) == null ? "" : headers.get(index).trim();
            if (header.isEmpty()) {
                continue;
            }
            if (table.column(header).isEmpty()) {
                errors.add(table, 1, header, header, "Cột không hợp lệ '" + header + "' (dùng " + columnNames() + ")");
            } else if (!seen.add(header)) {
                errors.add(table, 1, header, header, "Cột '" + header + "' bị lặp");
            } else {
                columnByIndex.put(index, header);
            }
        }
        for (ImportTable.Column column : table.columns()) {
            if (column.required() && !seen.contains(column.name())) {
                errors.add(table, 1, column.name(), "", "Thiếu cột bắt buộc '" + column.name() + "'");
            }
        }
        return columnByIndex;
    }

    private String columnNames() {
        return String.join(", ", table.columns().stream().map(ImportTable.Column::name).toList());
    }
}
