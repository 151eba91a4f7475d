package vn.partyreview.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.partyreview.identity.InitialPasswords;
import vn.partyreview.importer.ImportResult;
import vn.partyreview.importer.ImportService;
import vn.partyreview.grading.points.PointsSheets;
import vn.partyreview.organization.OrganizationRepository;

/**
 * The demo ward (Đảng bộ phường Giang Biên under Đảng bộ quận Long Biên), loaded through the ordinary import from
 * the CSV files in {@code src/main/resources/demo}, every user with the demo password.
 */
@Component
public class DemoData {

    static final String DISTRICT = "QU-LONGBIEN";
    private static final String[] TABLES = {"organizations", "bodies", "members", "collectives"};

    private final ImportService importService;
    private final OrganizationRepository organizations;
    private final String password;
    private final PointsSheets pointsSheets;

    DemoData(ImportService importService, OrganizationRepository organizations,
             @Value("${partyreview.demo.password:demo}") String password, PointsSheets pointsSheets) {
        this.importService = importService;
        this.pointsSheets = pointsSheets;
        this.organizations = organizations;
        this.password = password;
    }

    /** Loads the demo ward unless it is there already (the H2 file database keeps it across restarts). */
    public boolean loadIfAbsent() {
        if (organizations.findByCode(DISTRICT).isPresent()) {
            return false;
        }
        Map<String, InputStream> tables = new LinkedHashMap<>();
        try {
            for (String table : TABLES) {
                tables.put(table, new ClassPathResource("demo/" + table + ".csv").getInputStream());
            }
            ImportResult result = importService.importCsv(tables, InitialPasswords.fixed(password));
            if (!result.succeeded()) {
                throw new IllegalStateException("Demo data rejected: " + result.errors());
            }
            loadPointsSheets();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            tables.values().forEach(DemoData::closeQuietly);
        }
    }

    /** The national default sheets, the district's Phụ lục 1 and the ward plan's Biểu 1–5, by the ordinary import. */
    private void loadPointsSheets() throws IOException {
        try (InputStream csv = new ClassPathResource("demo/points-sheets.csv").getInputStream()) {
            var sheets = pointsSheets.importCsv(csv);
            if (!sheets.errors().isEmpty()) {
                throw new IllegalStateException("Demo points sheets rejected: " + sheets.errors());
            }
        }
    }

    private static void closeQuietly(InputStream input) {
        try {
            input.close();
        } catch (IOException ignored) {
            // a classpath resource; nothing to recover
        }
    }
}
