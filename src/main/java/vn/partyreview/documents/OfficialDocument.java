package vn.partyreview.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * A party document as the official templates lay it out: the issuing body on the left ("ĐẢNG BỘ …" over
 * "CHI BỘ …"), "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date on the right, the title, the template's sections,
 * the signature blocks. Written to DOCX and PDF by {@link DocxWriter} and {@link PdfWriter}.
 */
final class OfficialDocument {

    static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

    sealed interface Block permits Heading, Text, Table, PageBreak, Signatures {
    }

    record Heading(String text) implements Block {
    }

    record Text(String text) implements Block {
    }

    /** A bordered table, its first row the column heads. */
    record Table(List<List<String>> rows) implements Block {
    }

    record PageBreak() implements Block {
    }

    /** Who signs: the role lines ("T/M CHI ỦY", "(Ký, ghi rõ họ tên)") and the signer's name when known. */
    record Signature(List<String> role, String name) {
    }

    final String superiorBody;
    final String issuingBody;
    final String placeAndDate;
    final List<String> title;
    final List<Block> blocks = new ArrayList<>();

    OfficialDocument(String superiorBody, String issuingBody, String placeAndDate, String... title) {
        this.superiorBody = superiorBody;
        this.issuingBody = issuingBody;
        this.placeAndDate = placeAndDate;
        this.title = List.of(title);
    }

    OfficialDocument heading(String text) {
        blocks.add(new Heading(text));
        return this;
    }

    OfficialDocument text(String text) {
        blocks.add(new Text(text));
        return this;
    }

    OfficialDocument table(List<List<String>> rows) {
        blocks.add(new Table(rows));
        return this;
    }

    OfficialDocument pageBreak() {
        blocks.add(new PageBreak());
        return this;
    }

    /** Signature blocks side by side, as the templates place them. */
    OfficialDocument signatures(Signature... signatures) {
        blocks.add(new Signatures(List.of(signatures)));
        return this;
    }

    record Signatures(List<Signature> signatures) implements Block {
    }
}
