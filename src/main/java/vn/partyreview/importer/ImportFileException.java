package vn.partyreview.importer;

/** The file cannot be read as an import at all (not a workbook, unknown table, no data); the message is Vietnamese. */
public class ImportFileException extends RuntimeException {

    public ImportFileException(String message) {
        super(message);
    }

    public ImportFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
