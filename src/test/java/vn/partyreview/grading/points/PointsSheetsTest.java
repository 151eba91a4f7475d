package vn.partyreview.grading.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.partyreview.demo.DemoData;
import vn.partyreview.support.SpringAppTest;

/**
 * Issue 13: scoring sheets are data a committee imports; which one applies is the nearest owner up the tree, else
 * the national default. Uses the demo tree (district QU-LONGBIEN, ward DU-GIANGBIEN, the district's own cell
 * CB-CQQU); the sheets imported here are owned by CB-CQQU, outside the ward the campaign tests run.
 */
@SpringAppTest
class PointsSheetsTest {

    private static final String ADMIN = basic("admin", "test-admin-Secret-1");
    private static final String HEADER = "kind,owner,sector,code,label,group,maxPoints\n";

    @Autowired
    MockMvc mockMvc;
    @Autowired
    PointsSheets sheets;
    @Autowired
    DemoData demoData;

    @BeforeEach
    void demo() {
        demoData.loadIfAbsent();
    }

    @Test
    void theNearestCommitteeUpTheTreeWithASheetElseTheNationalDefault() {
        // the district configured its own Phụ lục 1: the ward's cells and the ward itself use it
        assertThat(sheets.applicable(SheetKind.PL1, "CB-TDP02", null)).get()
                .extracting(Sheet::ownerCode).isEqualTo("QU-LONGBIEN");
        assertThat(sheets.applicable(SheetKind.PL1, "DU-GIANGBIEN", null)).get()
                .extracting(Sheet::ownerCode).isEqualTo("QU-LONGBIEN");
        // nobody configured Phụ lục 5: the national default
        assertThat(sheets.applicable(SheetKind.PL5, "CB-TDP02", null)).get().satisfies(sheet -> {
            assertThat(sheet.ownerCode()).isNull();
            assertThat(sheet.items()).extracting(SheetItem::code).containsExactly("C1", "C2", "C3", "T1", "T2", "T3");
        });
        // the ward plan's Biểu 2 for its residential cells; none above the ward
        assertThat(sheets.applicable(SheetKind.BIEU_2, "CB-TDP02", null)).get()
                .extracting(Sheet::ownerCode).isEqualTo("DU-GIANGBIEN");
        assertThat(sheets.applicable(SheetKind.BIEU_2, "QU-LONGBIEN", null)).isEmpty();
        // Phụ lục 4 by sector: the demo's public units score their tasks on their own sheet, others on the common one
        assertThat(sheets.applicable(SheetKind.PL4, "CB-THCS", "PUBLIC_UNIT")).get().satisfies(sheet -> {
            assertThat(sheet.sector()).isEqualTo("PUBLIC_UNIT");
            assertThat(sheet.items()).extracting(SheetItem::code).containsExactly("C1", "C2", "C3", "SN1", "SN2",
                    "SN3");
        });
        assertThat(sheets.applicable(SheetKind.PL4, "CB-THCS", "JUSTICE").orElseThrow().sector()).isNull();
        // an unknown organisation gets the default only
        assertThat(sheets.applicable(SheetKind.PL3, "KHONG-CO", null)).get().extracting(Sheet::ownerCode)
                .isNull();
    }

    @Test
    void aCsvImportReplacesTheOwnersSheetAndAppliesAtOnce() throws Exception {
        String csv = HEADER
                + "PL3,CB-CQQU,,A1,\"Bản lĩnh chính trị, đạo đức\",COMMON,12.5\n"
                + "PL3,CB-CQQU,,A2,Kỷ luật,COMMON,17.5\n"
                + "PL3,CB-CQQU,,B1,Nhiệm vụ của chức vụ,TASKS,70\n"
                + "PL4,CB-CQQU,STATE_ADMINISTRATION,Q1,Tư tưởng,COMMON,30\n"
                + "PL4,CB-CQQU,STATE_ADMINISTRATION,Q2,Nhiệm vụ quản lý nhà nước,TASKS,70\n";
        mockMvc.perform(multipart("/api/points-sheets").file(csvPart(csv)).header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sheets.length()").value(2))
                .andExpect(jsonPath("$.sheets[0].kind").value("PL3"))
                .andExpect(jsonPath("$.sheets[0].items").value(3));

        Sheet leader = sheets.applicable(SheetKind.PL3, "CB-CQQU", null).orElseThrow();
        assertThat(leader.ownerCode()).isEqualTo("CB-CQQU");
        assertThat(leader.items()).extracting(SheetItem::code).containsExactly("A1", "A2", "B1");
        assertThat(leader.item("A1").orElseThrow().maxPoints()).isEqualByComparingTo("12.5");
        // the ward is not under CB-CQQU: still the default
        assertThat(sheets.applicable(SheetKind.PL3, "DU-GIANGBIEN", null).orElseThrow().ownerCode()).isNull();
        // Phụ lục 4 by sector: that sector's sheet, else the sheet for every sector above it
        assertThat(sheets.applicable(SheetKind.PL4, "CB-CQQU", "STATE_ADMINISTRATION").orElseThrow().sector())
                .isEqualTo("STATE_ADMINISTRATION");
        assertThat(sheets.applicable(SheetKind.PL4, "CB-CQQU", "ARMED_FORCES").orElseThrow().ownerCode()).isNull();

        // imported again with other items: the sheet is replaced, not appended to
        mockMvc.perform(multipart("/api/points-sheets").file(csvPart(HEADER
                        + "PL3,CB-CQQU,,A1,Chung,COMMON,30\nPL3,CB-CQQU,,B1,Nhiệm vụ,TASKS,70\n"))
                        .header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isOk());
        assertThat(sheets.applicable(SheetKind.PL3, "CB-CQQU", null).orElseThrow().items())
                .extracting(SheetItem::code).containsExactly("A1", "B1");

        mockMvc.perform(get("/api/points-sheets/applicable").param("kind", "PL3").param("org", "CB-CQQU")
                        .header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerCode").value("CB-CQQU"))
                .andExpect(jsonPath("$.items[1].label").value("Nhiệm vụ"));
    }

    @Test
    void aSectorNotOfPhuLuc4sListIsRefused() throws Exception {
        mockMvc.perform(multipart("/api/points-sheets").file(csvPart(HEADER
                        + "PL4,CB-CQQU,GIAO_DUC,Q1,Tư tưởng,COMMON,30\n"
                        + "PL4,CB-CQQU,PUBLIC_UNIT,Q1,Tư tưởng,COMMON,30\n"
                        + "PL4,CB-CQQU,PUBLIC_UNIT,Q2,Nhiệm vụ sự nghiệp,TASKS,70\n"))
                        .header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("sector"))
                .andExpect(jsonPath("$.errors[0].value").value("GIAO_DUC"))
                .andExpect(jsonPath("$.errors[0].message").value("Lĩnh vực chỉ dùng cho Phụ lục 4, một trong các mã "
                        + "PARTY_ADVISORY, STATE_ADMINISTRATION, ELECTED_BODY, FRONT_MASS_ORGANIZATION, ARMED_FORCES, "
                        + "JUSTICE, PUBLIC_UNIT, STATE_ENTERPRISE, ASSOCIATION"));
        assertThat(sheets.applicable(SheetKind.PL4, "CB-CQQU", "PUBLIC_UNIT").orElseThrow().ownerCode())
                .as("nothing imported").isNull();
    }

    @Test
    void aWorkbookWithTheSheetItemsImportsTheSameWay() throws Exception {
        byte[] xlsx = workbook(new String[][] {
                {"kind", "owner", "code", "label", "group", "maxPoints"},
                {"PL5", "CB-CQQU", "H1", "Chấp hành Điều lệ", "COMMON", "30"},
                {"PL5", "CB-CQQU", "H2", "Nhiệm vụ chi bộ giao", "TASKS", "70"}});
        mockMvc.perform(multipart("/api/points-sheets").file(new MockMultipartFile("file", "bieu.xlsx",
                        "application/octet-stream", xlsx)).header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isOk());
        assertThat(sheets.applicable(SheetKind.PL5, "CB-CQQU", null).orElseThrow().items())
                .extracting(SheetItem::code).containsExactly("H1", "H2");
    }

    @Test
    void aFileBreakingTheNationalTotalsImportsNothing() throws Exception {
        String csv = HEADER
                + "PL1,CB-CQQU,,N1,Chung,COMMON,20\n"
                + "PL1,CB-CQQU,,N2,Chung 2,COMMON,5\n"
                + "PL1,CB-CQQU,,N3,Nhiệm vụ,TASKS,70\n"
                + "PL3,KHONG-CO,,N1,Chung,COMMON,30\n"
                + "PL3,KHONG-CO,,N2,Nhiệm vụ,TASKS,70\n"
                + "PL9,,,N1,Chung,COMMON,abc\n";
        mockMvc.perform(multipart("/api/points-sheets").file(csvPart(csv)).header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[0].table").value("items"))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("maxPoints"))
                .andExpect(jsonPath("$.errors[0].message").value("Tổng điểm tối đa nhóm tiêu chí chung của Phụ lục 1"
                        + " phải là 30 (đang là 25) (biểu của CB-CQQU)"))
                .andExpect(jsonPath("$.errors[1].row").value(5))
                .andExpect(jsonPath("$.errors[1].column").value("owner"))
                .andExpect(jsonPath("$.errors[2].row").value(6))
                .andExpect(jsonPath("$.errors[3].row").value(7))
                .andExpect(jsonPath("$.errors[3].column").value("kind"))
                .andExpect(jsonPath("$.errors[4].column").value("maxPoints"));
        assertThat(sheets.applicable(SheetKind.PL1, "CB-CQQU", null).orElseThrow().ownerCode())
                .isEqualTo("QU-LONGBIEN");

        mockMvc.perform(multipart("/api/points-sheets").file(csvPart("kind,code,label,group,diem\n"))
                        .header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].column").value("diem"));
    }

    @Test
    void onlyAdministratorsImport() throws Exception {
        mockMvc.perform(multipart("/api/points-sheets").file(csvPart(HEADER + "PL5,,,Z1,Chung,COMMON,30\n"))
                        .header(HttpHeaders.AUTHORIZATION, basic("hungnv", "demo")))
                .andExpect(status().isForbidden());
        mockMvc.perform(multipart("/api/points-sheets").file(csvPart(HEADER + "PL5,,,Z1,Chung,COMMON,30\n")))
                .andExpect(status().isUnauthorized());
        assertThat(sheets.applicable(SheetKind.PL5, "DU-GIANGBIEN", null).orElseThrow().items())
                .extracting(SheetItem::code).doesNotContain("Z1");
    }

    private static MockMultipartFile csvPart(String text) {
        return new MockMultipartFile("items", "items.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] workbook(String[][] rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("items");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String basic(String userId, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
