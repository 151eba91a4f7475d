package vn.partyreview.documents;

import static vn.partyreview.documents.DossierTemplates.SIGN;
import static vn.partyreview.documents.DossierTemplates.VIETNAM;
import static vn.partyreview.documents.DossierTemplates.date;
import static vn.partyreview.documents.DossierTemplates.label;
import static vn.partyreview.documents.DossierTemplates.levels;
import static vn.partyreview.documents.DossierTemplates.placeAndDate;
import static vn.partyreview.documents.DossierTemplates.upper;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.partyreview.grading.points.ItemGroup;
import vn.partyreview.grading.points.ScoredSheet;
import vn.partyreview.grading.points.SheetKind;
import vn.partyreview.member.WorkSector;
import vn.partyreview.review.SelfReviewTemplate;
import vn.partyreview.results.SubjectResult;
import vn.partyreview.member.PartyMember;
import vn.partyreview.organization.Organization;
import vn.partyreview.quarterly.QuarterlyAssessments.Quarter;
import vn.partyreview.record.FormRecords.Entry;

/**
 * The forms of HD 43-HD/BTCTW (QĐ 366-QĐ/TW) filled in: Mẫu 01 with part B, Mẫu 2A/2B/2C, Mẫu 03, Mẫu 04, Mẫu 05.
 * Points and levels come from the campaign's results (what was recorded and graded), the prose from the record.
 */
final class Hd43Templates {

    static final String BASIS = "Căn cứ Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị về kiểm điểm, đánh giá, "
            + "xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị và Hướng dẫn số 43-HD/BTCTW "
            + "ngày 31/10/2025 của Ban Tổ chức Trung ương";

    private Hd43Templates() {
    }

    /** Mẫu 01: part A the collective's review, part B its points /30, /70, /100 and the level it proposes. */
    static OfficialDocument mau01(int year, Organization organization, Entry report, SubjectResult result,
                                  Optional<ScoredSheet> scored) {
        OfficialDocument doc = new OfficialDocument(upper(organization.getParent()), upper(organization),
                placeAndDate(organization, report.recordedAt()), "BÁO CÁO KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG",
                "TẬP THỂ " + upper(organization) + " NĂM " + year);
        doc.text(BASIS + ", tập thể " + organization.getName() + " kiểm điểm, tự đánh giá như sau:")
                .heading("A- KIỂM ĐIỂM")
                .heading("I- Ưu điểm, kết quả đạt được")
                .text("1. Việc quán triệt, tổ chức thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của "
                        + "Nhà nước: " + report.text("leadershipReport"))
                .text("2. Kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm: " + report.text("tasksReport"))
                .text("3. Thực hiện nguyên tắc tập trung dân chủ, quy chế làm việc: "
                        + report.text("democraticCentralismReport"))
                .text("4. Đấu tranh ngăn chặn, đẩy lùi suy thoái, \"tự diễn biến\", \"tự chuyển hóa\": "
                        + report.text("antiDegradationReport"))
                .text("5. Kiểm tra, giám sát, kỷ luật đảng: " + report.text("inspectionReport"))
                .heading("II- Hạn chế, khuyết điểm và nguyên nhân")
                .text("1. Hạn chế, khuyết điểm: " + report.text("limitations"))
                .text("2. Nguyên nhân: " + report.text("causes"))
                .heading("III- Kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra ở các kỳ kiểm điểm trước")
                .text(report.text("remedies"))
                .heading("IV- Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)")
                .text(report.text("suggestedIssuesExplanation"))
                .heading("V- Trách nhiệm của tập thể, cá nhân").text(report.text("responsibility"))
                .heading("VI- Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm").text(report.text("direction"))
                .heading("B- TỰ CHẤM ĐIỂM VÀ ĐỀ XUẤT XẾP LOẠI (Quy định 366-QĐ/TW, Điều 10, Phụ lục 1)");
        points(doc, scored, result);
        return doc.text("Tập thể tự nhận mức xếp loại chất lượng:").text(levels(report.code("proposedLevel")))
                .signatures(new OfficialDocument.Signature(List.of("T/M TẬP THỂ LÃNH ĐẠO, QUẢN LÝ",
                        "(Ký, ghi rõ họ tên và đóng dấu)"), null));
    }

    /**
     * Mẫu 2A (leader, Phụ lục 3), 2B (member without a post, Phụ lục 4, with its appendix of task evidence) or 2C
     * (member outside the political system, Phụ lục 5), as the member's record chooses; it lists the quarters the
     * member assessed on Mẫu 05 (QĐ 366 Đ15: quarterly results feed the annual one).
     */
    static OfficialDocument mau2(SelfReviewTemplate template, int year, PartyMember member, Entry review,
                                 List<Quarter> quarters, Optional<Entry> proposal, SubjectResult result,
                                 Optional<ScoredSheet> scored) {
        Organization cell = member.getOfficialCell();
        OfficialDocument doc = new OfficialDocument(upper(cell.getParent()), upper(cell),
                placeAndDate(cell, review.recordedAt()), "BẢN TỰ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG",
                subtitle(template) + " NĂM " + year, "(Mẫu " + template.code() + ")");
        doc.text("Họ và tên: " + member.getFullName() + "    Ngày sinh: " + date(member))
                .text("Chức vụ Đảng: " + review.text("partyPosition"))
                .text("Chức vụ chính quyền: " + review.text("governmentPosition"))
                .text("Chức vụ đoàn thể: " + review.text("massOrganizationPosition"))
                .text("Đơn vị công tác: " + review.text("workUnit"))
                .text("Chi bộ: " + cell.getName());
        if (template == SelfReviewTemplate.MAU_2B) {
            doc.text("Lĩnh vực công tác (Phụ lục 4): " + (member.getWorkSector() == null ? "chưa ghi trong hồ sơ"
                    : member.getWorkSector().label()));
        } else if (template == SelfReviewTemplate.MAU_2C) {
            doc.text("Đảng viên ngoài hệ thống chính trị (Phụ lục 5): " + review.text("outsideSystemStatus"));
        }
        doc.heading("I- Ưu điểm, kết quả đạt được")
                .text("1. Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề "
                        + "lối làm việc: " + review.text("politicsEthicsReport"))
                .text("2. Về thực hiện chức trách, nhiệm vụ được giao: " + review.text("dutiesReport"))
                .text("3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm: "
                        + review.text("selfImprovementReport"));
        if (template == SelfReviewTemplate.MAU_2A) {
            doc.text("4. Kết quả của cơ quan, đơn vị được giao trực tiếp lãnh đạo, phụ trách: " + unitResults(result));
        }
        doc.heading("II- Hạn chế, khuyết điểm và nguyên nhân")
                .text("1. Hạn chế, khuyết điểm: " + review.text("limitations"))
                .text("2. Nguyên nhân: " + review.text("causes"))
                .heading("III- Kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra ở các kỳ kiểm điểm trước")
                .text(review.text("remedies"))
                .heading("IV- Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)")
                .text(review.text("suggestedIssuesExplanation"))
                .heading("V- Làm rõ trách nhiệm của cá nhân đối với hạn chế, khuyết điểm của tập thể (nếu có)")
                .text(review.text("collectiveResponsibility"))
                .heading("VI- Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm").text(review.text("direction"))
                .heading("VII- Kết quả tự đánh giá theo quý (Mẫu 05)");
        quarters(doc, quarters);
        doc.heading("VIII- Tự chấm điểm (Quy định 366-QĐ/TW, Điều 10, " + appendix(template) + ")");
        points(doc, scored, result);
        doc.heading("IX- Tự nhận mức xếp loại chất lượng").text(levels(review.code("proposedMemberLevel")))
                .signatures(new OfficialDocument.Signature(List.of("NGƯỜI TỰ KIỂM ĐIỂM", SIGN), member.getFullName()));
        doc.pageBreak().heading("Nhận xét, đánh giá, xếp loại của cấp có thẩm quyền")
                .text("- Nhận xét của Chi ủy: " + proposal.map(e -> e.text("committeeComment")).orElse(""))
                .text("- Chi bộ đề xuất xếp loại mức chất lượng: "
                        + proposal.map(e -> e.text("committeeProposedLevel")).orElse(""))
                .text("- Cấp có thẩm quyền quyết định xếp loại mức chất lượng: "
                        + (result == null || result.levelLabel() == null ? "" : result.levelLabel()))
                .signatures(new OfficialDocument.Signature(List.of("T/M CHI ỦY (CHI BỘ)", SIGN), null),
                        new OfficialDocument.Signature(List.of("T/M ĐẢNG ỦY",
                                "(Ký, ghi rõ họ tên và đóng dấu)"), null));
        if (template == SelfReviewTemplate.MAU_2B) {
            doc.pageBreak().heading("PHỤ LỤC KÈM MẪU 2B: NHIỆM VỤ ĐƯỢC GIAO TRONG NĂM VÀ MINH CHỨNG KẾT QUẢ")
                    .text(review.text("taskEvidence"))
                    .signatures(new OfficialDocument.Signature(List.of("NGƯỜI TỰ KIỂM ĐIỂM", SIGN),
                            member.getFullName()));
        }
        return doc;
    }

    /** Mẫu 03: the competent body cancels a subject's level and decides it again (QĐ 366 Đ15). */
    static OfficialDocument mau03(int year, Organization organization, SubjectResult result) {
        OfficialDocument doc = new OfficialDocument(upper(organization.getParent()), upper(organization),
                placeAndDate(organization, latestCancellation(result)), "QUYẾT ĐỊNH",
                "về việc hủy bỏ kết quả và xếp loại lại chất lượng năm " + year, "(Mẫu 03)");
        doc.text(BASIS + ";").text("Xét đề nghị của cơ quan tham mưu về tổ chức; theo kết quả phiên xét của cấp có "
                + "thẩm quyền,").heading("QUYẾT ĐỊNH");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("STT", "Đối tượng", "Mức đã xếp loại (hủy bỏ)", "Phiên xét, ngày", "Lý do hủy bỏ",
                "Người hủy, ngày"));
        for (SubjectResult.Cancelled cancelled : result.cancelled()) {
            rows.add(List.of(String.valueOf(rows.size()), result.subjectName(), cancelled.levelLabel(),
                    cancelled.sessionId() + ", " + day(cancelled.decidedAt()), nonNull(cancelled.reasons()),
                    nonNull(cancelled.cancelledBy()) + ", " + day(cancelled.cancelledAt())));
        }
        doc.text("Điều 1. Hủy bỏ kết quả xếp loại chất lượng năm " + year + " của " + result.subjectName() + ":")
                .table(rows)
                .text("Điều 2. Xếp loại lại chất lượng năm " + year + " đối với " + result.subjectName() + ": "
                        + (result.level() == null ? "chưa có kết quả phiên xét mới" : label(result.level())))
                .text("Phiên xét: " + (result.decision() == null ? "" : result.decision().sessionId())
                        + (result.decidedAt() == null ? "" : ", ngày " + day(result.decidedAt())))
                .text("Điều 3. Cơ quan tham mưu về tổ chức, tổ chức đảng quản lý và đối tượng có tên tại Điều 1 chịu "
                        + "trách nhiệm thi hành Quyết định này.");
        return doc.signatures(new OfficialDocument.Signature(List.of("T/M CẤP ỦY CÓ THẨM QUYỀN",
                "(Ký, ghi rõ họ tên và đóng dấu)"), null));
    }

    /** A document of the dossier as Mẫu 04 lists it. */
    record Listed(String title, List<String> files, Instant date) {
    }

    /** Mẫu 04: the list of the records in the dossier, numbered, with their dates. */
    static OfficialDocument mau04(int year, Organization organization, List<Listed> listed) {
        OfficialDocument doc = new OfficialDocument(upper(organization.getParent()), upper(organization),
                placeAndDate(organization, Instant.now()), "DANH MỤC HỒ SƠ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG",
                "NĂM " + year, "(Mẫu 04)");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("STT", "Tên tài liệu", "Tệp", "Ngày"));
        listed.forEach(item -> rows.add(List.of(String.valueOf(rows.size()), item.title(),
                String.join(", ", item.files()), day(item.date()))));
        return doc.text("Hồ sơ gồm " + listed.size() + " tài liệu:").table(rows)
                .text("Những tài liệu hệ thống không lưu giữ (lý lịch, văn bằng, phiếu biểu quyết) gửi kèm bản giấy; "
                        + "biên bản kiểm phiếu thay cho phiếu biểu quyết (bỏ phiếu kín).")
                .signatures(new OfficialDocument.Signature(List.of("NGƯỜI LẬP DANH MỤC", SIGN), null));
    }

    /** Mẫu 05: a member's self-assessment of one quarter. */
    static OfficialDocument mau05(PartyMember member, Quarter quarter) {
        Organization cell = member.getOfficialCell();
        return new OfficialDocument(upper(cell.getParent()), upper(cell), placeAndDate(cell, quarter.submittedAt()),
                "BẢN TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG", "QUÝ " + quarter.quarter() + " NĂM " + quarter.year(),
                "(Mẫu 05)")
                .text("Họ và tên: " + member.getFullName() + "    Ngày sinh: " + date(member))
                .text("Chi bộ: " + cell.getName())
                .heading("I- Nhiệm vụ được giao trong quý").text(quarter.tasks())
                .heading("II- Kết quả thực hiện nhiệm vụ").text(quarter.results())
                .heading("III- Tự xếp loại chất lượng quý " + quarter.quarter()).text(levels(quarter.selfLevel().name()))
                .signatures(new OfficialDocument.Signature(List.of("NGƯỜI TỰ ĐÁNH GIÁ", SIGN), member.getFullName()));
    }

    /**
     * The points as HD 43 lays them out: each item of the sheet the subject scored on, with its maximum and the
     * points given, under its group with the group's total (/30, /70), then the total /100. Without a recorded
     * scoring, the totals the results hold.
     */
    private static void points(OfficialDocument doc, Optional<ScoredSheet> scored, SubjectResult result) {
        if (scored.isEmpty()) {
            JsonNode scores = result == null ? null : result.scores();
            BigDecimal total = result == null ? null : result.score();
            doc.table(List.of(List.of("Nhóm tiêu chí", "Điểm tối đa", "Điểm tự chấm"),
                    List.of("Nhóm tiêu chí chung", "30", score(scores, "common")),
                    List.of("Nhóm kết quả thực hiện nhiệm vụ", "70", score(scores, "tasks")),
                    List.of("Tổng cộng", "100", total == null ? "" : plain(total))));
            return;
        }
        ScoredSheet sheet = scored.get();
        doc.text("Biểu chấm điểm: " + sheet.kind().label() + (sheet.kind() != SheetKind.PL4 ? ""
                : sheet.sector() == null ? ", chung cho mọi lĩnh vực" : ", lĩnh vực " + sectorLabel(sheet.sector()))
                + (sheet.ownerCode() == null ? " (biểu mặc định)" : " (do " + sheet.ownerCode() + " ban hành)"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Mã", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm"));
        String[] numerals = {"I", "II"};
        for (ItemGroup group : ItemGroup.values()) {
            rows.add(List.of(numerals[group.ordinal()], groupTitle(group), plain(group.total()),
                    plain(sheet.total(group))));
            sheet.items(group).forEach(item -> rows.add(List.of(item.code(), item.label(), plain(item.maxPoints()),
                    plain(item.points()))));
        }
        rows.add(List.of("", "Tổng cộng", "100", plain(sheet.total())));
        doc.table(rows);
    }

    /** "Nhóm tiêu chí chung", as the fallback table and the forms name it. */
    private static String groupTitle(ItemGroup group) {
        return Character.toUpperCase(group.label().charAt(0)) + group.label().substring(1);
    }

    private static String sectorLabel(String code) {
        return Arrays.stream(WorkSector.values()).filter(sector -> sector.name().equals(code)).findFirst()
                .map(WorkSector::label).orElse(code);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static void quarters(OfficialDocument doc, List<Quarter> quarters) {
        if (quarters.isEmpty()) {
            doc.text("Chưa có bản tự đánh giá theo quý (Mẫu 05) trong năm.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Quý", "Nhiệm vụ được giao", "Kết quả thực hiện", "Tự xếp loại"));
        quarters.forEach(q -> rows.add(List.of(String.valueOf(q.quarter()), q.tasks(), q.results(),
                q.selfLevelLabel())));
        doc.table(rows);
    }

    private static String unitResults(SubjectResult result) {
        JsonNode facts = result == null || result.facts() == null ? null : result.facts();
        return "hoàn thành " + percent(facts, "unitTasksCompletedPercent") + " nhiệm vụ; đúng tiến độ "
                + percent(facts, "unitTasksOnTimePercent") + "; vượt yêu cầu " + percent(facts, "unitTasksExceededPercent");
    }

    private static String percent(JsonNode facts, String name) {
        return facts == null || !facts.hasNonNull(name) ? "…" : facts.get(name).asText() + "%";
    }

    private static String score(JsonNode scores, String group) {
        return scores == null || !scores.hasNonNull(group) ? "" : scores.get(group).asText();
    }

    private static String subtitle(SelfReviewTemplate template) {
        return switch (template) {
            case MAU_2A -> "CÁN BỘ LÃNH ĐẠO, QUẢN LÝ";
            case MAU_2B -> "ĐẢNG VIÊN KHÔNG GIỮ CHỨC VỤ LÃNH ĐẠO, QUẢN LÝ";
            case MAU_2C -> "ĐẢNG VIÊN NGOÀI HỆ THỐNG CHÍNH TRỊ";
        };
    }

    private static String appendix(SelfReviewTemplate template) {
        return switch (template) {
            case MAU_2A -> "Phụ lục 3";
            case MAU_2B -> "Phụ lục 4";
            case MAU_2C -> "Phụ lục 5";
        };
    }

    private static Instant latestCancellation(SubjectResult result) {
        return result.cancelled().stream().map(SubjectResult.Cancelled::cancelledAt).filter(at -> at != null)
                .max(Instant::compareTo).orElse(Instant.now());
    }

    /** dd/mm/yyyy in Vietnam's time; empty when unknown. */
    static String day(Instant at) {
        return at == null ? "" : "%1$td/%1$tm/%1$tY".formatted(at.atZone(VIETNAM));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
