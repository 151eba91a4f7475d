package vn.partyreview.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * What an outside check does with a finished campaign (issue 11, "download every document of a finished campaign
 * and open it"): from {@code GET /api/campaigns} and the campaign's results alone, list the documents of every
 * organisation its rows name, download every listed link and open it with the library that reads its format —
 * DOCX with POI, PDF with PDFBox (text extractable with its diacritics), XLSX with POI, each file inside a ZIP the
 * same way. A document naming a person or organisation in its title names it in its text. The client must be
 * signed in as an administrator, who reads every organisation's dossier.
 */
public final class CampaignDocumentsWalk {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARTY = "đảng cộng sản việt nam";
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final TestRestTemplate http;

    private CampaignDocumentsWalk(TestRestTemplate http) {
        this.http = http;
    }

    public static CampaignDocumentsWalk over(TestRestTemplate admin) {
        return new CampaignDocumentsWalk(admin);
    }

    /** Walks every document of the campaign's organisations; answers how many were downloaded per kind. */
    public Map<String, Integer> check(String campaignId) throws Exception {
        long start = System.nanoTime();
        JsonNode campaign = null;
        for (JsonNode listed : json("/api/campaigns")) {
            if (listed.path("id").asText().equals(campaignId)) {
                campaign = listed;
            }
        }
        assertThat(campaign).as("campaign %s listed by GET /api/campaigns", campaignId).isNotNull();
        Set<String> organizations = new LinkedHashSet<>(List.of(campaign.path("rootOrgCode").asText()));
        Map<String, String> levels = new LinkedHashMap<>();
        for (JsonNode row : json("/api/campaigns/" + campaignId + "/results")) {
            organizations.add(row.path("organizationCode").asText());
            if (row.hasNonNull("levelLabel")) {
                levels.put(row.path("subjectType").asText() + ":" + row.path("subjectCode").asText(),
                        row.path("levelLabel").asText());
            }
        }
        Map<String, Integer> downloaded = new LinkedHashMap<>();
        for (String organization : organizations) {
            for (JsonNode document : json("/api/campaigns/" + campaignId + "/documents?org=" + organization)) {
                String kind = document.path("kind").asText();
                String text = download(document);
                String named = document.path("title").asText().replaceFirst("^.* — ", "");
                if (!kind.equals("BIEN_BAN_KIEM_PHIEU")) {
                    assertThat(normalized(text)).as("%s names its subject", document).contains(normalized(named));
                }
                String level = levels.get("MEMBER:" + document.path("subjectCode").asText());
                if (kind.equals("MAU_02") && level != null) {
                    assertThat(normalized(text)).as("%s shows the level decided", document).contains(normalized(level));
                }
                downloaded.merge(kind, 1, Integer::sum);
            }
        }
        System.out.printf("Campaign %s: %d organisations, documents downloaded and opened %s in %d s%n", campaignId,
                organizations.size(), downloaded, (System.nanoTime() - start) / 1_000_000_000);
        return downloaded;
    }

    /** Downloads a listed document and opens it; answers its text. */
    private String download(JsonNode document) throws Exception {
        ResponseEntity<byte[]> file = http.getForEntity(document.path("url").asText(), byte[].class);
        assertThat(file.getStatusCode().value()).as("GET %s", document).isEqualTo(200);
        assertThat(String.valueOf(file.getHeaders().getContentType())).as("%s", document)
                .isEqualTo(document.path("mediaType").asText());
        String format = document.path("url").asText().replaceFirst("\\?.*", "").replaceFirst(".*\\.", "");
        return opened(format, file.getBody(), document.toString());
    }

    /** The text of a file opened with the library that reads its format; every file of a ZIP opened likewise. */
    private static String opened(String format, byte[] content, String what) throws Exception {
        String text = switch (format) {
            case "docx" -> {
                try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
                     XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                    yield extractor.getText();
                }
            }
            case "pdf" -> {
                try (PDDocument pdf = Loader.loadPDF(content)) {
                    yield new PDFTextStripper().getText(pdf);
                }
            }
            case "xlsx" -> {
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
                    StringBuilder cells = new StringBuilder();
                    workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell).append(' ')));
                    assertThat(cells).as("%s: the workbook's header", what).contains("Họ và tên");
                    yield cells.toString();
                }
            }
            case "zip" -> zip(content, what);
            default -> throw new AssertionError("unknown format " + format + " of " + what);
        };
        if (format.equals("docx") || format.equals("pdf")) {
            assertThat(normalized(text)).as("%s (%s) in Vietnamese, opened", what, format)
                    .containsAnyOf(PARTY, "biên bản kiểm phiếu");
        }
        return text;
    }

    private static String zip(byte[] content, String what) throws Exception {
        List<String> names = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                String format = entry.getName().replaceFirst(".*\\.", "");
                text.append(entry.getName()).append('\n')
                        .append(opened(format, zip.readAllBytes(), what + " » " + entry.getName())).append('\n');
            }
        }
        assertThat(names).as("%s holds documents", what).isNotEmpty();
        return text.toString();
    }

    /** Lower case, one space between words: a PDF wraps lines where the DOCX does not, headings are upper case. */
    private static String normalized(String text) {
        return text.toLowerCase(VI).replaceAll("\\s+", " ");
    }

    private JsonNode json(String path) throws Exception {
        ResponseEntity<String> answer = http.getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).as("GET %s: %s", path, answer.getBody()).isEqualTo(200);
        return JSON.readTree(answer.getBody());
    }
}
