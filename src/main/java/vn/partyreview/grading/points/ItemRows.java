package vn.partyreview.grading.points;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.partyreview.importer.ImportFileException;

/**
 * The table {@code items} of a scoring-sheet import, cells as text, from a CSV file (UTF-8) or the workbook's sheet
 * {@code items}; row numbers as a spreadsheet shows them (header = 1), as the organisation import reports them.
 */
record ItemRows(List<String> headers, List<Row> rows) {

    static final String TABLE = "items";
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    record Row(int number, List<String> cells) {

        boolean isBlank() {
            return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
        }
    }

    static ItemRows csv(InputStream input) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (CSVParser parser = CSVParser.parse(new BufferedReader(new InputStreamReader(input, decoder)), CSV)) {
            List<String> headers = List.of();
            List<Row> rows = new ArrayList<>();
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                if (number == 1) {
                    headers = record.toList().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
                } else {
                    rows.add(new Row(number, record.toList()));
                }
            }
            return new ItemRows(headers, rows);
        } catch (IOException | UncheckedIOException unreadable) {
            Throwable cause = unreadable instanceof UncheckedIOException wrapped ? wrapped.getCause() : unreadable;
            throw new ImportFileException(cause instanceof CharacterCodingException
                    ? "Tệp CSV '" + TABLE + "' không được lưu bằng bảng mã UTF-8"
                    : "Không đọc được tệp CSV '" + TABLE + "' (sai định dạng CSV)", cause);
        }
    }

    static ItemRows workbook(InputStream input) {
        try (Workbook workbook = WorkbookFactory.create(input)) {
            Sheet sheet = workbook.getSheet(TABLE);
            if (sheet == null) {
                throw new ImportFileException("Tệp Excel thiếu trang tính '" + TABLE + "'");
            }
            DataFormatter formatter = new DataFormatter();
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            org.apache.poi.ss.usermodel.Row header = sheet.getRow(0);
            int width = header == null ? 0 : Math.max(0, header.getLastCellNum());
            List<String> headers = cells(header, width, formatter, evaluator).stream()
                    .map(h -> h == null ? "" : h.strip()).toList();
            List<Row> rows = new ArrayList<>();
            for (int index = 1; index <= sheet.getLastRowNum(); index++) {
                rows.add(new Row(index + 1, cells(sheet.getRow(index), width, formatter, evaluator)));
            }
            return new ItemRows(headers, rows);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof ImportFileException known) {
                throw known;
            }
            throw new ImportFileException("Không đọc được tệp Excel: hãy dùng tệp .xlsx", unreadable);
        }
    }

    private static List<String> cells(org.apache.poi.ss.usermodel.Row row, int width, DataFormatter formatter,
                                      FormulaEvaluator evaluator) {
        List<String> cells = new ArrayList<>(width);
        for (int column = 0; column < width; column++) {
            cells.add(row == null || row.getCell(column) == null ? null
                    : formatter.formatCellValue(row.getCell(column), evaluator));
        }
        return cells;
    }
}
