package vn.partyreview.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes an {@link OfficialDocument} as PDF: XHTML laid out by openhtmltopdf, with DejaVu Serif (Debian package
 * {@code fonts-dejavu-core}) embedded as a subset, so Vietnamese text prints and extracts with its diacritics.
 */
@Component
class PdfWriter {

    private static final String FAMILY = "DejaVu Serif";

    private final File regular;
    private final File bold;

    PdfWriter(@Value("${partyreview.documents.font-directory:/usr/share/fonts/truetype/dejavu}") File fonts) {
        this.regular = new File(fonts, "DejaVuSerif.ttf");
        this.bold = new File(fonts, "DejaVuSerif-Bold.ttf");
    }

    byte[] write(OfficialDocument document) {
        if (!regular.canRead() || !bold.canRead()) {
            throw new IllegalStateException("PDF fonts missing: install fonts-dejavu-core or set "
                    + "partyreview.documents.font-directory (looked for " + regular + ", " + bold + ")");
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFont(regular, FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(bold, FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html(document), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String html(OfficialDocument document) {
        StringBuilder html = new StringBuilder("<html><head><style>"
                + "@page { size: A4; margin: 2cm 1.5cm 2cm 3cm; }"
                + "body { font-family: '" + FAMILY + "'; font-size: 12pt; line-height: 1.35; }"
                + "table { width: 100%; border-collapse: collapse; } .grid td { border: 1px solid black; padding: 3px; }"
                + ".grid tr:first-child td { font-weight: bold; text-align: center; }"
                + ".c { text-align: center; } .b { font-weight: bold; } .u { text-decoration: underline; }"
                + ".i { font-style: italic; } p { margin: 4px 0; text-align: justify; } h2 { font-size: 12pt; margin: 8px 0 2px; }"
                + ".title { text-align: center; font-weight: bold; font-size: 13pt; margin: 0; }"
                + "</style></head><body>");
        html.append("<table><tr><td class='c'>").append(escape(document.superiorBody))
                .append("<br/><span class='b'>").append(escape(document.issuingBody)).append("</span><br/>*</td>")
                .append("<td class='c'><span class='b u'>").append(OfficialDocument.PARTY)
                .append("</span><br/><span class='i'>").append(escape(document.placeAndDate))
                .append("</span></td></tr></table><br/>");
        document.title.forEach(line -> html.append("<p class='title'>").append(escape(line)).append("</p>"));
        for (OfficialDocument.Block block : document.blocks) {
            if (block instanceof OfficialDocument.Heading heading) {
                html.append("<h2>").append(escape(heading.text())).append("</h2>");
            } else if (block instanceof OfficialDocument.Text text) {
                html.append("<p>").append(escape(text.text())).append("</p>");
            } else if (block instanceof OfficialDocument.Table table) {
                grid(html, table.rows());
            } else if (block instanceof OfficialDocument.Signatures signatures) {
                signatures(html, signatures.signatures());
            } else {
                html.append("<div style='page-break-after: always;'></div>");
            }
        }
        return html.append("</body></html>").toString();
    }

    private static void grid(StringBuilder html, List<List<String>> rows) {
        html.append("<table class='grid'>");
        rows.forEach(row -> {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>");
        });
        html.append("</table>");
    }

    private static void signatures(StringBuilder html, List<OfficialDocument.Signature> signatures) {
        html.append("<br/><table><tr>");
        for (OfficialDocument.Signature signature : signatures) {
            html.append("<td class='c' style='vertical-align: top;'>");
            signature.role().forEach(line -> html.append(line.startsWith("(") ? "<span class='i'>" : "<span class='b'>")
                    .append(escape(line)).append("</span><br/>"));
            html.append("<br/><br/><br/><span class='b'>")
                    .append(escape(signature.name() == null ? "" : signature.name())).append("</span></td>");
        }
        html.append("</tr></table>");
    }

    /** XML-safe text, line breaks kept. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8").replace("\n", "<br/>");
    }
}
