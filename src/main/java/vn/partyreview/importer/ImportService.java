package vn.partyreview.importer;

import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.partyreview.identity.InitialPasswords;

/**
 * Imports organisations, bodies, members and leadership collectives from a workbook or CSV files (formats in
 * {@link vn.partyreview.importer package-info}). Either the whole file is imported with its Camunda users in one
 * transaction, or nothing is and the result lists every error. Input that cannot be read as an import file at all
 * (not a workbook, unknown table, bad encoding) raises {@link ImportFileException}.
 */
@Service
public class ImportService {

    private final ExistingRecordsLookup existingRecordsLookup;
    private final ImportWriter writer;
    private final TransactionTemplate transaction;

    ImportService(ExistingRecordsLookup existingRecordsLookup, ImportWriter writer, TransactionTemplate transaction) {
        this.existingRecordsLookup = existingRecordsLookup;
        this.writer = writer;
        this.transaction = transaction;
    }

    /** Imports a workbook; created users get random initial passwords. */
    public ImportResult importWorkbook(InputStream xlsx) {
        return importWorkbook(xlsx, InitialPasswords.random());
    }

    public ImportResult importWorkbook(InputStream xlsx, Supplier<String> initialPasswords) {
        return importTables(WorkbookTables.read(xlsx), initialPasswords);
    }

    /** Imports CSV files keyed by table name (organizations, bodies, members, collectives); random passwords. */
    public ImportResult importCsv(Map<String, InputStream> tablesByName) {
        return importCsv(tablesByName, InitialPasswords.random());
    }

    public ImportResult importCsv(Map<String, InputStream> tablesByName, Supplier<String> initialPasswords) {
        return importTables(CsvTables.read(tablesByName), initialPasswords);
    }

    private ImportResult importTables(Map<ImportTable, RawTable> tables, Supplier<String> initialPasswords) {
        ImportErrors errors = new ImportErrors();
        ImportBatch batch = ImportBatch.read(tables, errors);
        // Checks and writes share one transaction, so what was checked is what gets written.
        return transaction.execute(status -> {
            ExistingRecords existing = existingRecordsLookup.find(batch);
            new ImportValidator(batch, existing, errors).validate();
            if (!errors.isEmpty()) {
                return ImportResult.rejected(errors.sorted());
            }
            return writer.write(batch, existing, initialPasswords);
        });
    }
}
