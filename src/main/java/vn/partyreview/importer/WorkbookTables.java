package vn.partyreview.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads a workbook with one sheet per table, the header in row 1; cells are read as the user sees them. */
final class WorkbookTables {

    private WorkbookTables() {
    }

    static Map<ImportTable, RawTable> read(InputStream input) {
        try (Workbook workbook = WorkbookFactory.create(input)) {
            DataFormatter formatter = new DataFormatter();
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Map<ImportTable, RawTable> tables = new EnumMap<>(ImportTable.class);
            for (Sheet sheet : workbook) {
                String name = sheet.getSheetName().strip();
                var table = ImportTable.byName(name);
                if (table.isPresent()) {
                    tables.put(table.get(), read(table.get(), sheet, formatter, evaluator));
                } else if (sheet.getPhysicalNumberOfRows() > 0) {
                    throw new ImportFileException(
                            "Trang tính không hợp lệ '" + name + "' (dùng " + ImportTable.names() + ")");
                }
            }
            return tables;
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof ImportFileException importFileException) {
                throw importFileException;
            }
            // POI signals a file that is not a workbook with assorted runtime exceptions
            throw new ImportFileException("Không đọc được tệp Excel: hãy dùng tệp .xlsx", unreadable);
        }
    }

    private static RawTable read(ImportTable table, Sheet sheet, DataFormatter formatter,
                                 FormulaEvaluator evaluator) {
        Row headerRow = sheet.getRow(0);
        int width = headerRow == null ? 0 : Math.max(0, headerRow.getLastCellNum());
        List<String> headers = cells(headerRow, width, formatter, evaluator);
        List<RawTable.RawRow> rows = new ArrayList<>();
        for (int index = 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            if (row != null) {
                rows.add(new RawTable.RawRow(index + 1, cells(row, width, formatter, evaluator)));
            }
        }
        return new RawTable(table, headers, rows);
    }

    private static List<String> cells(Row row, int width, DataFormatter formatter, FormulaEvaluator evaluator) {
        List<String> cells = new ArrayList<>(width);
        for (int column = 0; column < width; column++) {
            cells.add(row == null ? null : text(row.getCell(column), formatter, evaluator));
        }
        return cells;
    }

    /** A date cell becomes yyyy-MM-dd whatever its display format; anything else reads as displayed. */
    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell, evaluator);
    }
}
