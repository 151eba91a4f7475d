package vn.partyreview.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.partyreview.identity.InitialPasswords;

class WorkbookImportTest extends ImportTestBase {

    /** Builds a workbook; a LocalDate becomes a real date cell, a Boolean a boolean cell, a blank row stays blank. */
    static byte[] workbook(Map<String, Object[][]> sheets) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.length; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        Object value = rows[r][c];
                        if (value instanceof LocalDate date) {
                            row.createCell(c).setCellValue(date);
                            row.getCell(c).setCellStyle(dateStyle);
                        } else if (value instanceof Boolean flag) {
                            row.createCell(c).setCellValue(flag);
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
            });
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void importsAGoodWorkbook() throws IOException {
        byte[] xlsx = workbook(Map.of(
                "organizations", new Object[][] {
                        {"code", "kind", "name", "parent_code", "established_on", "category"},
                        {"XL-CB1", "CELL", "Chi bộ Tổ dân phố 1", "XL-DU", LocalDate.of(2015, 4, 30), "RESIDENTIAL"},
                        {},
                        {"XL-DU", "BASIC_COMMITTEE", "Đảng bộ phường Thạch Bàn", null, "01/01/2003", null}},
                "bodies", new Object[][] {
                        {"code", "name", "kind", "organization_code"},
                        {"XL-HPN", "Hội Phụ nữ phường", "MASS_ORGANIZATION", "XL-DU"}},
                "members", new Object[][] {
                        {"code", "user_id", "full_name", "official_cell", "admitted_on", "civil_servant", "positions",
                                "probationary", "full_membership_on"},
                        {"XL-M1", "xl.pta", "Phạm Thị Ánh", "XL-CB1", LocalDate.of(1999, 3, 3), true,
                                "SECRETARY@XL-CB1:Bí thư chi bộ;BODY_MEMBER@XL-HPN:Ủy viên BCH Hội", false,
                                LocalDate.of(2000, 3, 3)},
                        {"XL-M2", "xl.vvb", "Vũ Văn Bảo", "XL-CB1", "2026-04-10", false, null, "có", null}},
                "collectives", new Object[][] {
                        {"code", "name", "unit_code", "head_code", "member_codes"},
                        {"XL-TT", "Chi ủy Chi bộ Tổ dân phố 1", "XL-CB1", "XL-M1", "XL-M2"}}));
        Snapshot before = snapshot();

        ImportResult result = importService.importWorkbook(new ByteArrayInputStream(xlsx),
                InitialPasswords.fixed("demo"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.counts()).containsExactly(Map.entry("organizations", 2), Map.entry("bodies", 1),
                Map.entry("members", 2), Map.entry("collectives", 1));
        assertThat(result.createdUsers()).containsExactly(new CreatedUser("xl.pta", "demo"),
                new CreatedUser("xl.vvb", "demo"));
        assertThat(snapshot().members()).isEqualTo(before.members() + 2);
        assertThat(usersOf("XL-CB1.members")).containsExactly("xl.pta", "xl.vvb");
        assertThat(usersOf("XL-CB1.committee")).containsExactly("xl.pta");
        assertThat(usersOf("XL-HPN.leaders")).containsExactly("xl.pta");
        transaction.executeWithoutResult(status -> {
            assertThat(organizations.findByCode("XL-CB1").orElseThrow().getEstablishedOn())
                    .isEqualTo(LocalDate.of(2015, 4, 30));
            assertThat(members.findByUserId("xl.pta").orElseThrow().isCivilServant()).isTrue();
            assertThat(members.findByUserId("xl.pta").orElseThrow().getAdmittedOn())
                    .isEqualTo(LocalDate.of(1999, 3, 3));
            assertThat(members.findByUserId("xl.pta").orElseThrow().getFullMembershipOn())
                    .isEqualTo(LocalDate.of(2000, 3, 3));
            assertThat(members.findByUserId("xl.pta").orElseThrow().hasVote()).isTrue();
            assertThat(members.findByUserId("xl.vvb").orElseThrow().isProbationary()).isTrue();
            assertThat(collectives.findByCodeIn(List.of("XL-TT")).get(0).getMembers()).hasSize(2);
        });
    }

    @Test
    void reportsErrorsAtTheRowsTheUserSeesInTheSheet() throws IOException {
        byte[] xlsx = workbook(Map.of(
                "organizations", new Object[][] {
                        {"code", "name", "kind", "parent_code", "established_on"},
                        {"XB-CB1", "Chi bộ 1", "CELL", "XB-KHONGCO", "30/02/2020"},
                        {},
                        {"XB-CB1", "Chi bộ 1 lặp", "CELL", "XB-KHONGCO", null}}));
        Snapshot before = snapshot();

        ImportResult result = importService.importWorkbook(new ByteArrayInputStream(xlsx));

        assertThat(places(result)).containsExactlyInAnyOrder("organizations:2:parent_code",
                "organizations:2:established_on", "organizations:4:code", "organizations:4:parent_code");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() {
        assertThatThrownBy(() -> importService.importWorkbook(new ByteArrayInputStream("code,name".getBytes())))
                .isInstanceOf(ImportFileException.class)
                .hasMessage("Không đọc được tệp Excel: hãy dùng tệp .xlsx");
    }
}
