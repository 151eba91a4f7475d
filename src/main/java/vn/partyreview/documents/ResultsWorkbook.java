package vn.partyreview.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.partyreview.results.SubjectResult;
import vn.partyreview.grading.rules.Level;

/** The results of an organisation's subjects as one XLSX sheet, one row per subject (Apache POI). */
final class ResultsWorkbook {

    static final List<String> COLUMNS = List.of("Loại đối tượng", "Mã", "Họ và tên / Tên", "Tổ chức", "Trạng thái",
            "Tự nhận", "Chi ủy đề xuất", "Kết quả biểu quyết", "Xếp loại", "Cấp quyết định");

    private ResultsWorkbook() {
    }

    static byte[] write(List<SubjectResult> results) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Kết quả xếp loại");
            Row head = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                head.createCell(c).setCellValue(COLUMNS.get(c));
            }
            for (int r = 0; r < results.size(); r++) {
                SubjectResult result = results.get(r);
                List<String> values = List.of(result.subjectType().name(), result.subjectCode(), result.subjectName(),
                        result.organizationCode(), result.status().name(), label(result.selfLevel()),
                        label(result.proposedLevel()), label(result.ballotLevel()), label(result.level()),
                        result.decidedBy() == null ? "" : result.decidedBy());
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, 24 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String label(Level level) {
        return level == null ? "" : level.label();
    }
}
