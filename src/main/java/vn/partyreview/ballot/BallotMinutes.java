package vn.partyreview.ballot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import vn.partyreview.grading.rules.Level;

/** Renders the minutes of the count (biên bản kiểm phiếu) as a DOCX the counting committee prints and signs. */
@Component
class BallotMinutes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final String FONT = "Times New Roman";

    private final CountingCommittee committee;

    BallotMinutes(CountingCommittee committee) {
        this.committee = committee;
    }

    byte[] render(BallotResult result) {
        BallotSession session = result.session();
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            header(document, session);
            paragraph(document, ParagraphAlignment.CENTER, true, 14, "BIÊN BẢN KIỂM PHIẾU");
            paragraph(document, ParagraphAlignment.CENTER, true, 13, session.title());
            paragraph(document, ParagraphAlignment.LEFT, false, 13, "Phiên bỏ phiếu số: " + session.id());
            paragraph(document, ParagraphAlignment.LEFT, false, 13, "Mở phiên lúc " + when(session.openedAt())
                    + "; kết thúc lúc " + when(session.closedAt()) + ".");
            if (session.votingExtended()) {
                paragraph(document, ParagraphAlignment.LEFT, false, 13, "Phiên mở sau hoặc sát hạn bỏ phiếu ("
                        + when(session.requestedDeadline()) + "): thời gian bỏ phiếu được kéo dài đến "
                        + when(session.deadline()) + " để người được phát phiếu bỏ phiếu được.");
            }
            paragraph(document, ParagraphAlignment.LEFT, true, 13, "Ban kiểm phiếu: "
                    + committee.name(session.chairGroup()));
            List<CountingCommittee.Member> members = committee.members(session.chairGroup());
            for (int i = 0; i < members.size(); i++) {
                paragraph(document, ParagraphAlignment.LEFT, false, 13, "   " + (i + 1) + ". Đồng chí "
                        + members.get(i).fullName());
            }
            paragraph(document, ParagraphAlignment.LEFT, true, 13, "Kết quả kiểm phiếu:");
            bullet(document, "Số đảng viên được triệu tập: " + session.summoned()
                    + "; tổng số làm căn cứ tính kết quả: " + session.denominator() + ".");
            bullet(document, "Số có mặt: " + session.present() + " (tối thiểu " + session.minimumAttendance()
                    + ", tỷ lệ " + session.quorum() + ").");
            bullet(document, "Số phiếu phát ra: " + result.ballotsIssued() + "; số phiếu thu vào: "
                    + result.ballotsReturned() + "; số phiếu hợp lệ: " + result.ballotsValid()
                    + "; số phiếu không hợp lệ: " + result.ballotsInvalid() + ".");
            bullet(document, "Nguyên tắc: mức xếp loại là mức cao nhất được quá một nửa (trên 50%) tổng số "
                    + session.denominator() + " đồng ý, cộng dồn từ mức cao xuống; không mức nào đạt thì ghi "
                    + "\"không đạt đa số\" để cấp ủy xem xét, quyết định.");
            votesTable(document, result);
            paragraph(document, ParagraphAlignment.LEFT, false, 13, "Biên bản lập xong lúc ...... giờ ...... "
                    + "phút cùng ngày, đã đọc lại cho hội nghị nghe và nhất trí thông qua.");
            signatures(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(XWPFDocument document, BallotSession session) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        cell(table.getRow(0), 0, ParagraphAlignment.CENTER, true, session.organizationCode() + "\n*");
        cell(table.getRow(0), 1, ParagraphAlignment.CENTER, true, "ĐẢNG CỘNG SẢN VIỆT NAM");
    }

    private static void votesTable(XWPFDocument document, BallotResult result) {
        Level[] levels = Level.values();
        XWPFTable table = document.createTable(result.subjects().size() + 1, levels.length + 3);
        XWPFTableRow head = table.getRow(0);
        cell(head, 0, ParagraphAlignment.CENTER, true, "STT");
        cell(head, 1, ParagraphAlignment.CENTER, true, "Đối tượng");
        for (int l = 0; l < levels.length; l++) {
            cell(head, l + 2, ParagraphAlignment.CENTER, true, levels[l].label());
        }
        cell(head, levels.length + 2, ParagraphAlignment.CENTER, true, "Kết quả");
        for (int s = 0; s < result.subjects().size(); s++) {
            BallotResult.SubjectResult subject = result.subjects().get(s);
            XWPFTableRow row = table.getRow(s + 1);
            cell(row, 0, ParagraphAlignment.CENTER, false, String.valueOf(s + 1));
            cell(row, 1, ParagraphAlignment.LEFT, false, subject.subject().name());
            for (int l = 0; l < levels.length; l++) {
                cell(row, l + 2, ParagraphAlignment.CENTER, false,
                        String.valueOf(subject.outcome().votes().get(levels[l])));
            }
            cell(row, levels.length + 2, ParagraphAlignment.CENTER, true, subject.outcome().noMajority()
                    ? "Không đạt đa số" : subject.outcome().level().label());
        }
    }

    private static void signatures(XWPFDocument document) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        cell(table.getRow(0), 0, ParagraphAlignment.CENTER, true, "THƯ KÝ\n(Ký, ghi rõ họ tên)\n\n\n\n");
        cell(table.getRow(0), 1, ParagraphAlignment.CENTER, true,
                "TM. BAN KIỂM PHIẾU\nTRƯỞNG BAN\n(Ký, ghi rõ họ tên)\n\n\n\n");
    }

    private static void cell(XWPFTableRow row, int column, ParagraphAlignment alignment, boolean bold, String text) {
        XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        String[] lines = text.split("\n", -1);
        XWPFRun run = paragraph.createRun();
        style(run, bold, 12);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static void paragraph(XWPFDocument document, ParagraphAlignment alignment, boolean bold, int size,
                                  String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        style(run, bold, size);
        run.setText(text);
    }

    private static void bullet(XWPFDocument document, String text) {
        paragraph(document, ParagraphAlignment.BOTH, false, 13, "- " + text);
    }

    private static void style(XWPFRun run, boolean bold, int size) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
    }

    private static String when(OffsetDateTime at) {
        return at == null ? "......" : at.atZoneSameInstant(VIETNAM).format(WHEN);
    }
}
