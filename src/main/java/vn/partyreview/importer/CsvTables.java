package vn.partyreview.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads CSV files, one per table: UTF-8 with an optional BOM, comma separated, header row first. */
final class CsvTables {

    /** Blank lines are kept as records so that row numbers match what a spreadsheet shows. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvTables() {
    }

    static Map<ImportTable, RawTable> read(Map<String, InputStream> filesByTableName) {
        Map<ImportTable, RawTable> tables = new EnumMap<>(ImportTable.class);
        filesByTableName.forEach((name, input) -> {
            ImportTable table = ImportTable.byName(name).orElseThrow(() -> new ImportFileException(
                    "Bảng không hợp lệ '" + name + "' (dùng " + ImportTable.names() + ")"));
            tables.put(table, read(table, input));
        });
        return tables;
    }

    private static RawTable read(ImportTable table, InputStream input) {
        // Strict decoding: a file saved as Windows-1258 must fail, not import garbled Vietnamese names.
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (CSVParser parser = CSVParser.parse(new BufferedReader(new InputStreamReader(input, decoder)), FORMAT)) {
            List<String> headers = List.of();
            List<RawTable.RawRow> rows = new ArrayList<>();
            int rowNumber = 0;
            for (CSVRecord record : parser) {
                rowNumber++;
                List<String> cells = record.toList();
                if (rowNumber == 1) {
                    headers = withoutByteOrderMark(cells);
                } else {
                    rows.add(new RawTable.RawRow(rowNumber, cells));
                }
            }
            return new RawTable(table, headers, rows);
        } catch (IOException unreadable) {
            throw unreadable(table, unreadable);
        } catch (UncheckedIOException unreadable) {
            // the parser's iterator wraps its IOExceptions
            throw unreadable(table, unreadable.getCause());
        }
    }

    private static ImportFileException unreadable(ImportTable table, IOException cause) {
        if (cause instanceof CharacterCodingException) {
            return new ImportFileException(
                    "Tệp CSV '" + table.tableName() + "' không được lưu bằng bảng mã UTF-8", cause);
        }
        return new ImportFileException("Không đọc được tệp CSV '" + table.tableName()
                + "' (sai định dạng CSV, ví dụ thiếu dấu ngoặc kép đóng)", cause);
    }

    private static List<String> withoutByteOrderMark(List<String> headers) {
        if (headers.isEmpty() || !headers.get(0).startsWith("\uFEFF")) {
            return headers;
        }
        List<String> stripped = new ArrayList<>(headers);
        stripped.set(0, headers.get(0).substring(1));
        return stripped;
    }
}
