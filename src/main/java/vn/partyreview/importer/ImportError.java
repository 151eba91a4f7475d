package vn.partyreview.importer;

/**
 * One problem in an import file, placed as the user sees it in a spreadsheet: table (sheet), row (header = 1),
 * column, the offending value and a Vietnamese message.
 */
public record ImportError(String table, int row, String column, String value, String message) {
}
