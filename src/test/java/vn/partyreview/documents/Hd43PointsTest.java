package vn.partyreview.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.partyreview.grading.points.ItemGroup;
import vn.partyreview.grading.points.ScoredSheet;
import vn.partyreview.grading.points.SheetKind;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.WorkSector;
import vn.partyreview.organization.CellCategory;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationKind;
import vn.partyreview.record.FormRecords.Entry;
import vn.partyreview.review.SelfReviewTemplate;

/**
 * HD 43's Mẫu 2B and Mẫu 01 part B print the sheet the subject scored on item by item: each item's code, wording,
 * maximum and points under its group with the group's total (/30, /70), then the total /100; Mẫu 2B names the sector
 * on the member's record and carries the appendix of task evidence. Opened with POI (DOCX) and PDFBox (PDF).
 */
class Hd43PointsTest {

    private static final Instant RECORDED = Instant.parse("2027-12-05T03:00:00Z");
    private static final ScoredSheet SCHOOL_SHEET = new ScoredSheet(SheetKind.PL4, null, "PUBLIC_UNIT", List.of(
            item("C1", "Tư tưởng chính trị; phẩm chất đạo đức, lối sống", ItemGroup.COMMON, 15, 14),
            item("C2", "Ý thức tổ chức kỷ luật", ItemGroup.COMMON, 15, 12.5),
            item("SN1", "Kết quả giảng dạy, giáo dục theo vị trí việc làm", ItemGroup.TASKS, 50, 45),
            item("SN2", "Sáng kiến, đề tài", ItemGroup.TASKS, 20, 15)));

    private final Organization ward = new Organization("DU-X", "Đảng bộ phường Giang Biên",
            OrganizationKind.BASIC_COMMITTEE, CellCategory.WARD_COMMITTEE, null, null);
    private final Organization school = new Organization("CB-X", "Chi bộ Trường THCS Giang Biên",
            OrganizationKind.CELL, CellCategory.PUBLIC_SCHOOL, ward, null);

    @Test
    void mau2bPrintsEachItemOfTheSectorsSheetWithItsMaximumAndPoints() throws Exception {
        PartyMember teacher = new PartyMember("DV-X", "linh.x", "Vũ Khánh Linh", school, LocalDate.of(2012, 3, 2),
                MemberStatus.ACTIVE, true);
        teacher.worksIn(WorkSector.PUBLIC_UNIT);
        Entry review = new Entry(SubjectType.MEMBER, "DV-X", "mau-02-self-review", "Task_SelfAssess", List.of(
                field("taskEvidence", "Dạy 18 tiết/tuần; 2 học sinh giỏi cấp quận"),
                field("proposedMemberLevel", "HTTNV")), "linh.x", RECORDED);

        OfficialDocument mau2b = Hd43Templates.mau2(SelfReviewTemplate.MAU_2B, 2027, teacher, review, List.of(),
                Optional.empty(), null, Optional.of(SCHOOL_SHEET));

        String docx = docx(new DocxWriter().write(mau2b));
        assertThat(docx).contains("(Mẫu 2B)", "Lĩnh vực công tác (Phụ lục 4): Đơn vị sự nghiệp công lập",
                "Biểu chấm điểm: Phụ lục 4, lĩnh vực Đơn vị sự nghiệp công lập (biểu mặc định)",
                "Mã\tTiêu chí\tĐiểm tối đa\tĐiểm tự chấm",
                "I\tNhóm tiêu chí chung\t30\t26.5",
                "C2\tÝ thức tổ chức kỷ luật\t15\t12.5",
                "II\tNhóm kết quả thực hiện nhiệm vụ\t70\t60",
                "SN1\tKết quả giảng dạy, giáo dục theo vị trí việc làm\t50\t45",
                "\tTổng cộng\t100\t86.5",
                "PHỤ LỤC KÈM MẪU 2B", "Dạy 18 tiết/tuần; 2 học sinh giỏi cấp quận");
        assertThat(docx.indexOf("C1\t")).as("items in the sheet's order, under their group")
                .isGreaterThan(docx.indexOf("I\tNhóm tiêu chí chung")).isLessThan(docx.indexOf("II\tNhóm kết quả"));
        assertThat(pdf(new PdfWriter(new File("/usr/share/fonts/truetype/dejavu")).write(mau2b)))
                .contains("Đơn vị sự nghiệp công lập", "Sáng kiến, đề tài", "Tổng cộng", "86.5");
    }

    @Test
    void mau01PartBPrintsTheCollectivesSheetItemByItem() throws Exception {
        ScoredSheet pl1 = new ScoredSheet(SheetKind.PL1, "QU-X", null, List.of(
                item("C1", "Chính trị tư tưởng", ItemGroup.COMMON, 30, 27),
                item("T1", "Giải quyết đơn thư, vụ việc phức tạp", ItemGroup.TASKS, 70, 61)));
        Entry report = new Entry(SubjectType.PARTY_ORGANIZATION, "DU-X", "mau-01-collective-review",
                "Task_SelfAssessOrganization", List.of(field("proposedLevel", "HTTNV")), "ngoc.x", RECORDED);

        String docx = docx(new DocxWriter().write(Hd43Templates.mau01(2027, ward, report, null, Optional.of(pl1))));

        assertThat(docx).contains("B- TỰ CHẤM ĐIỂM VÀ ĐỀ XUẤT XẾP LOẠI", "Biểu chấm điểm: Phụ lục 1 (do QU-X ban hành)",
                "T1\tGiải quyết đơn thư, vụ việc phức tạp\t70\t61", "\tTổng cộng\t100\t88", "[X] Hoàn thành tốt nhiệm vụ");
    }

    private static ScoredSheet.Item item(String code, String label, ItemGroup group, double max, double points) {
        return new ScoredSheet.Item(code, label, group, BigDecimal.valueOf(max).stripTrailingZeros(),
                BigDecimal.valueOf(points).stripTrailingZeros());
    }

    private static Entry.Field field(String key, String value) {
        return new Entry.Field(key, key, TextNode.valueOf(value), null);
    }

    private static String docx(byte[] content) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String pdf(byte[] content) throws Exception {
        try (PDDocument document = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
