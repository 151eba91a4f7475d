package vn.partyreview.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every error of a file, so the user can fix them all in one go. */
class ImportErrors {

    private final List<ImportError> errors = new ArrayList<>();

    void add(ImportTable table, int row, String column, String value, String message) {
        errors.add(new ImportError(table.tableName(), row, column, value == null ? "" : value, message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Errors in file order: by table, then row, as the user walks through the sheets. */
    List<ImportError> sorted() {
        return errors.stream()
                .sorted(Comparator.comparing((ImportError error) -> ImportTable.byName(error.table()).orElseThrow())
                        .thenComparingInt(ImportError::row))
                .toList();
    }
}
