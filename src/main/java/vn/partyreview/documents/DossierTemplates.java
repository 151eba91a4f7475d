package vn.partyreview.documents;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import vn.partyreview.results.ResultStatus;
import vn.partyreview.results.SubjectResult;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.member.PartyMember;
import vn.partyreview.organization.Organization;
import vn.partyreview.record.FormRecords;
import vn.partyreview.record.FormRecords.Entry;

/** The official templates (plan [H] "Mẫu 01", "Mẫu 02", the residence comment; [P C.2.7] summaries) filled in. */
final class DossierTemplates {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<String> RATINGS = List.of("XUAT_SAC", "TOT", "TRUNG_BINH", "KEM");
    private static final List<String> RATING_LABELS = List.of("Xuất sắc", "Tốt", "Trung bình", "Kém");
    private static final List<String> RESIDENCE = List.of("TOT", "KHA", "TRUNG_BINH", "CHUA_TOT");
    static final String SIGN = "(Ký, ghi rõ họ tên)";
    /** A subject decided by the body above the root, outside the system: its result went up undecided. */
    private static final String SENT_UP = "Đã gửi kết quả lên cấp trên";

    private DossierTemplates() {
    }

    /** Mẫu 02 and its back page: the manager's and the cell committee's assessment, the basic committee's level. */
    static OfficialDocument mau02(int year, PartyMember member, Entry review, Optional<Entry> civilServant,
                                  Optional<Entry> proposal, SubjectResult result) {
        Organization cell = member.getOfficialCell();
        OfficialDocument doc = new OfficialDocument(upper(cell.getParent()), upper(cell), placeAndDate(cell,
                review.recordedAt()), "BẢN KIỂM ĐIỂM CÁ NHÂN", "Năm " + year);
        doc.text("Họ và tên: " + member.getFullName() + "    Ngày sinh: " + date(member))
                .text("Chức vụ Đảng: " + review.text("partyPosition"))
                .text("Chức vụ chính quyền: " + review.text("governmentPosition"))
                .text("Chức vụ đoàn thể: " + review.text("massOrganizationPosition"))
                .text("Đơn vị công tác: " + review.text("workUnit"))
                .text("Chi bộ: " + cell.getName());
        doc.heading("I- Ưu điểm, kết quả đạt được");
        criterion(doc, review, "1. Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác "
                + "phong, lề lối làm việc", "politicsEthics");
        criterion(doc, review, "2. Về thực hiện chức trách, nhiệm vụ được giao", "duties");
        criterion(doc, review, "3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm", "selfImprovement");
        limitationsAndRemedies(doc, review, "03");
        doc.heading("IV- Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)").text(review.text("suggestedIssuesExplanation"))
                .heading("V- Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)")
                .text(review.text("collectiveResponsibility"))
                .heading("VI- Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm").text(review.text("direction"))
                .heading("VII- Tự nhận mức xếp loại chất lượng:")
                .text("1. Xếp loại cán bộ, công chức, viên chức:").text(levels(review.code("proposedCivilServantLevel")))
                .text("2. Xếp loại đảng viên:").text(levels(review.code("proposedMemberLevel")))
                .signatures(new OfficialDocument.Signature(List.of("NGƯỜI TỰ KIỂM ĐIỂM", SIGN), member.getFullName()));
        doc.pageBreak().heading("Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức")
                .text("- Nhận xét, đánh giá của người quản lý, sử dụng cán bộ, công chức, viên chức: "
                        + civilServant.map(e -> e.text("civilServantManagerComment")).orElse(""))
                .text("- Mức xếp loại chất lượng công chức, viên chức: "
                        + civilServant.map(e -> e.text("civilServantLevel")).orElse(""))
                .signatures(new OfficialDocument.Signature(List.of("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ",
                        "(Xác lập thời điểm, ký, ghi rõ họ tên và đóng dấu)"), null))
                .heading("Đánh giá, xếp loại chất lượng đảng viên")
                .text("- Nhận xét, đánh giá của Chi ủy: " + proposal.map(e -> e.text("committeeComment")).orElse(""))
                .text("- Chi bộ đề xuất xếp loại mức chất lượng: "
                        + proposal.map(e -> e.text("committeeProposedLevel")).orElse(""))
                .signatures(new OfficialDocument.Signature(List.of("T/M CHI ỦY (CHI BỘ)",
                        "(Xác lập thời điểm, ký, ghi rõ họ tên)"), null))
                .text("- Đảng ủy, Chi ủy cơ sở xếp loại mức chất lượng: "
                        + (result == null || result.levelLabel() == null ? "" : result.levelLabel()))
                .signatures(new OfficialDocument.Signature(List.of("T/M ĐẢNG ỦY",
                        "(Xác lập thời điểm, ký, ghi rõ họ tên và đóng dấu)"), null));
        return doc;
    }

    /** Mẫu 01, the collective review report. */
    static OfficialDocument mau01(int year, Organization organization, Entry report) {
        return collectiveReport(new OfficialDocument(upper(organization.getParent()), upper(organization),
                placeAndDate(organization, report.recordedAt()), "BÁO CÁO KIỂM ĐIỂM TẬP THỂ", "Năm " + year),
                organization.getName(), report);
    }

    /**
     * Mẫu 01 of a leadership collective of the organisation or of one of its bodies (HĐND, UBND, MTTQ, đoàn thể,
     * chi ủy, BCH) [P C.1 "Báo cáo kiểm điểm của tập thể lãnh đạo cơ quan, đơn vị"], and on its back page the level
     * the competent body decided, as Mẫu 02 carries the member's.
     */
    static OfficialDocument collectiveMau01(int year, Organization organization, String collectiveName, Entry report,
                                            SubjectResult result) {
        OfficialDocument doc = collectiveReport(new OfficialDocument(upper(organization),
                collectiveName.toUpperCase(VIETNAMESE), placeAndDate(organization, report.recordedAt()),
                "BÁO CÁO KIỂM ĐIỂM TẬP THỂ LÃNH ĐẠO, QUẢN LÝ", "Năm " + year), collectiveName, report);
        boolean decided = result != null && result.level() != null;
        return doc.pageBreak().heading("Đánh giá, xếp loại chất lượng tập thể lãnh đạo, quản lý")
                .text("- Tập thể: " + collectiveName)
                .text("- Cấp có thẩm quyền xếp loại mức chất lượng: " + (decided ? result.levelLabel() : "chưa xếp loại"))
                .text("- Ngày quyết định: " + (decided && result.decidedAt() != null
                        ? "%1$td/%1$tm/%1$tY".formatted(result.decidedAt().atZone(VIETNAM)) : ""))
                .signatures(new OfficialDocument.Signature(List.of("T/M CẤP ỦY CÓ THẨM QUYỀN",
                        "(Xác lập thời điểm, ký, ghi rõ họ tên và đóng dấu)"), null));
    }

    private static OfficialDocument collectiveReport(OfficialDocument doc, String collectiveName, Entry report) {
        doc.text("Căn cứ kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị tại địa phương (cơ quan, đơn vị); "
                + "tập thể " + collectiveName + " kiểm điểm với nội dung chủ yếu sau:")
                .heading("I- Ưu điểm, kết quả đạt được");
        criterion(doc, report, "1. Việc quán triệt, tổ chức thực hiện các chủ trương, đường lối của Đảng, chính sách, "
                + "pháp luật của Nhà nước, nghị quyết, chỉ thị, quyết định, kết luận của cấp trên", "leadership");
        criterion(doc, report, "2. Công tác lãnh đạo, chỉ đạo các mặt công tác; kết quả thực hiện các chỉ tiêu, "
                + "nhiệm vụ được giao trong năm", "tasks");
        criterion(doc, report, "3. Việc thực hiện nguyên tắc tập trung dân chủ và các quy định, quy chế làm việc",
                "democraticCentralism");
        criterion(doc, report, "4. Việc đấu tranh ngăn chặn, đẩy lùi những biểu hiện suy thoái về tư tưởng chính trị, "
                + "đạo đức, lối sống, \"tự diễn biến\", \"tự chuyển hóa\" trong nội bộ", "antiDegradation");
        criterion(doc, report, "5. Kết quả lãnh đạo, chỉ đạo, thực hiện công tác kiểm tra, giám sát, kỷ luật đảng và "
                + "thi đua, khen thưởng", "inspection");
        limitationsAndRemedies(doc, report, "05");
        return doc.heading("IV- Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)")
                .text(report.text("suggestedIssuesExplanation"))
                .heading("V- Trách nhiệm của tập thể, cá nhân").text(report.text("responsibility"))
                .heading("VI- Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm").text(report.text("direction"))
                .heading("VII- Đề nghị xếp loại mức chất lượng").text(levels(report.code("proposedLevel")))
                .signatures(new OfficialDocument.Signature(List.of("T/M TẬP THỂ LÃNH ĐẠO, QUẢN LÝ",
                        "(Ký, ghi rõ họ tên và đóng dấu)"), null));
    }

    /** The residence cell's comment on a member (phiếu nhận xét nơi cư trú): its rated items are the form's own. */
    static OfficialDocument residenceComment(int year, PartyMember member, Entry comment) {
        Organization residence = member.getResidenceCell() == null ? member.getOfficialCell() : member.getResidenceCell();
        OfficialDocument doc = new OfficialDocument(upper(residence.getParent()), upper(residence),
                placeAndDate(residence, comment.recordedAt()), "PHIẾU NHẬN XÉT",
                "Đảng viên giữ mối liên hệ và thực hiện nghĩa vụ công dân nơi cư trú năm " + year);
        doc.text("Tập thể Chi ủy, Chi bộ: " + residence.getName())
                .text("Nhận xét đảng viên: " + member.getFullName())
                .text("Đang công tác và sinh hoạt tại Chi bộ: " + member.getOfficialCell().getName())
                .text("Thực hiện nhiệm vụ đảng viên nơi cư trú như sau:");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Stt", "Thực hiện nhiệm vụ", "Tốt", "Khá", "Trung bình", "Chưa tốt"));
        comment.fields().stream().filter(field -> RESIDENCE.contains(field.value().asText())).forEach(field -> {
            List<String> row = new ArrayList<>(List.of(String.valueOf(rows.size()), field.label()));
            RESIDENCE.forEach(rating -> row.add(rating.equals(field.value().asText()) ? "X" : ""));
            rows.add(row);
        });
        return doc.table(rows)
                .text("Những vấn đề cần phản ánh, trao đổi thêm: " + comment.text("residenceNotes"))
                .text("Đảng ủy nhận xét và xác nhận: " + comment.text("residenceCommitteeConfirmation"))
                .signatures(new OfficialDocument.Signature(List.of("T/M ĐẢNG ỦY", SIGN), null),
                        new OfficialDocument.Signature(List.of("T/M CHI ỦY, CHI BỘ", SIGN), null));
    }

    /** The results of an organisation's subjects: one table of organisations, one of members, counts per level. */
    static OfficialDocument resultsSummary(int year, Organization organization, List<SubjectResult> results) {
        OfficialDocument doc = summary(organization, "TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG",
                "TỔ CHỨC ĐẢNG, ĐẢNG VIÊN NĂM " + year);
        doc.heading("1. Tổ chức đảng").table(levelTable(results, r -> r.subjectType().name().equals("PARTY_ORGANIZATION")))
                .heading("2. Đảng viên").table(levelTable(results, r -> r.subjectType().name().equals("MEMBER")));
        List<List<String>> counts = new ArrayList<>();
        counts.add(List.of("Mức chất lượng", "Tổ chức đảng", "Đảng viên"));
        for (Level level : Level.values()) {
            counts.add(List.of(level.label(), count(results, "PARTY_ORGANIZATION", level), count(results, "MEMBER", level)));
        }
        return doc.heading("3. Số lượng theo mức chất lượng").table(counts).signatures(committeeSignature(organization));
    }

    /** Danh sách đảng viên không hoàn thành nhiệm vụ. */
    static OfficialDocument notCompletedList(int year, Organization organization, List<SubjectResult> results) {
        OfficialDocument doc = summary(organization, "DANH SÁCH ĐẢNG VIÊN KHÔNG HOÀN THÀNH NHIỆM VỤ", "NĂM " + year);
        List<SubjectResult> members = results.stream()
                .filter(r -> r.subjectType().name().equals("MEMBER") && r.level() == Level.KHTNV).toList();
        if (members.isEmpty()) {
            doc.text("Không có đảng viên xếp loại " + Level.KHTNV.label() + ".");
        } else {
            doc.table(levelTable(members, r -> true));
        }
        return doc.signatures(committeeSignature(organization));
    }

    /** The leaders' and leadership collectives' results. */
    static OfficialDocument leadersSummary(int year, Organization organization, List<SubjectResult> results) {
        return summary(organization, "TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG",
                "TẬP THỂ, CÁ NHÂN CÁN BỘ LÃNH ĐẠO, QUẢN LÝ NĂM " + year)
                .heading("1. Tập thể lãnh đạo, quản lý")
                .table(levelTable(results, r -> r.subjectType().name().equals("LEADERSHIP_COLLECTIVE")))
                .heading("2. Cán bộ lãnh đạo, quản lý")
                .table(levelTable(results, r -> r.subjectType().name().equals("LEADER")))
                .signatures(committeeSignature(organization));
    }

    private static OfficialDocument summary(Organization organization, String... title) {
        return new OfficialDocument(upper(organization.getParent()), upper(organization),
                placeAndDate(organization, Instant.now()), title);
    }

    private static List<List<String>> levelTable(List<SubjectResult> results, Predicate<SubjectResult> which) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("STT", "Họ và tên / Tên", "Tự nhận", "Đề xuất", "Kết quả biểu quyết", "Xếp loại"));
        results.stream().filter(which).forEach(r -> rows.add(List.of(String.valueOf(rows.size()), r.subjectName(),
                label(r.selfLevel()), label(r.proposedLevel()), label(r.ballotLevel()),
                r.status() == ResultStatus.SENT_TO_SUPERIOR ? SENT_UP : label(r.level()))));
        return rows;
    }

    private static String count(List<SubjectResult> results, String type, Level level) {
        return String.valueOf(results.stream()
                .filter(r -> r.subjectType().name().equals(type) && r.level() == level).count());
    }

    static OfficialDocument.Signature committeeSignature(Organization organization) {
        return new OfficialDocument.Signature(List.of(organization.getKind().name().contains("CELL")
                ? "T/M CHI ỦY" : "T/M ĐẢNG ỦY", SIGN), null);
    }

    private static void criterion(OfficialDocument doc, Entry form, String heading, String prefix) {
        doc.heading(heading).text(form.text(prefix + "Report")).text(ratings(form.code(prefix + "Rating")));
    }

    private static void limitationsAndRemedies(OfficialDocument doc, Entry form, String contents) {
        doc.heading("II- Hạn chế, khuyết điểm và nguyên nhân")
                .text("1. Hạn chế, khuyết điểm (theo " + contents + " nội dung nêu trên): " + form.text("limitations"))
                .text("2. Nguyên nhân của hạn chế, khuyết điểm: " + form.text("causes"))
                .heading("III- Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc "
                        + "được chỉ ra ở các kỳ kiểm điểm trước")
                .text(form.text("remedies")).text(ratings(form.code("remedyRating")));
    }

    /** "Tự đánh giá về cấp độ thực hiện:" with the chosen box ticked, as on the paper form. */
    private static String ratings(String chosen) {
        StringBuilder line = new StringBuilder("Tự đánh giá về cấp độ thực hiện:");
        for (int i = 0; i < RATINGS.size(); i++) {
            line.append("   [").append(RATINGS.get(i).equals(chosen) ? "X" : " ").append("] ").append(RATING_LABELS.get(i));
        }
        return line.toString();
    }

    static String levels(String chosen) {
        StringBuilder lines = new StringBuilder();
        for (Level level : Level.values()) {
            lines.append(lines.isEmpty() ? "" : "\n").append("[").append(level.name().equals(chosen) ? "X" : " ")
                    .append("] ").append(level.label());
        }
        return lines.toString();
    }

    static String label(Level level) {
        return level == null ? "" : level.label();
    }

    static String upper(Organization organization) {
        return organization == null ? "" : organization.getName().toUpperCase(VIETNAMESE);
    }

    static String date(PartyMember member) {
        return member.getBirthDate() == null ? "" : "%1$td/%1$tm/%1$tY".formatted(member.getBirthDate());
    }

    /** "Phường Giang Biên, ngày 05 tháng 12 năm 2026": the place is the basic organisation's locality. */
    static String placeAndDate(Organization organization, Instant at) {
        Organization basic = organization.getParent() != null && organization.getKind().name().equals("CELL")
                ? organization.getParent() : organization;
        String place = basic.getName().replaceFirst("^(Đảng bộ|Chi bộ|Đảng ủy)\\s+", "");
        ZonedDateTime when = at.atZone(VIETNAM);
        return Character.toUpperCase(place.charAt(0)) + place.substring(1)
                + ", ngày %02d tháng %02d năm %d".formatted(when.getDayOfMonth(), when.getMonthValue(), when.getYear());
    }
}
