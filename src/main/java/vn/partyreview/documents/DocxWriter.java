package vn.partyreview.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.stereotype.Component;

/** Writes an {@link OfficialDocument} as DOCX with Apache POI, in Times New Roman as party documents are typed. */
@Component
class DocxWriter {

    private static final String FONT = "Times New Roman";
    private static final int BODY_SIZE = 13;

    byte[] write(OfficialDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            header(docx, document);
            for (String line : document.title) {
                run(docx.createParagraph(), ParagraphAlignment.CENTER, line, true, 14);
            }
            for (OfficialDocument.Block block : document.blocks) {
                if (block instanceof OfficialDocument.Heading heading) {
                    run(docx.createParagraph(), ParagraphAlignment.LEFT, heading.text(), true, BODY_SIZE);
                } else if (block instanceof OfficialDocument.Text text) {
                    run(docx.createParagraph(), ParagraphAlignment.BOTH, text.text(), false, BODY_SIZE);
                } else if (block instanceof OfficialDocument.Table table) {
                    table(docx, table.rows());
                } else if (block instanceof OfficialDocument.Signatures signatures) {
                    signatures(docx, signatures.signatures());
                } else {
                    docx.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(XWPFDocument docx, OfficialDocument document) {
        XWPFTable table = docx.createTable(1, 2);
        table.removeBorders();
        XWPFTableCell body = table.getRow(0).getCell(0);
        run(body.getParagraphs().get(0), ParagraphAlignment.CENTER, document.superiorBody, false, BODY_SIZE);
        run(body.addParagraph(), ParagraphAlignment.CENTER, document.issuingBody, true, BODY_SIZE);
        run(body.addParagraph(), ParagraphAlignment.CENTER, "*", false, BODY_SIZE);
        XWPFTableCell party = table.getRow(0).getCell(1);
        run(party.getParagraphs().get(0), ParagraphAlignment.CENTER, OfficialDocument.PARTY, true, 14)
                .setUnderline(UnderlinePatterns.SINGLE);
        run(party.addParagraph(), ParagraphAlignment.CENTER, document.placeAndDate, false, BODY_SIZE).setItalic(true);
    }

    private static void table(XWPFDocument docx, List<List<String>> rows) {
        XWPFTable table = docx.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                run(table.getRow(r).getCell(c).getParagraphs().get(0),
                        r == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT, rows.get(r).get(c), r == 0, 12);
            }
        }
    }

    private static void signatures(XWPFDocument docx, List<OfficialDocument.Signature> signatures) {
        XWPFTable table = docx.createTable(1, signatures.size());
        table.removeBorders();
        for (int s = 0; s < signatures.size(); s++) {
            XWPFTableCell cell = table.getRow(0).getCell(s);
            OfficialDocument.Signature signature = signatures.get(s);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            for (String line : signature.role()) {
                run(paragraph, ParagraphAlignment.CENTER, line, !line.startsWith("("), BODY_SIZE);
                paragraph = cell.addParagraph();
            }
            paragraph.createRun().addBreak();
            paragraph.createRun().addBreak();
            run(cell.addParagraph(), ParagraphAlignment.CENTER, signature.name() == null ? "" : signature.name(), true,
                    BODY_SIZE);
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, ParagraphAlignment alignment, String text, boolean bold,
                               int size) {
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }
}
