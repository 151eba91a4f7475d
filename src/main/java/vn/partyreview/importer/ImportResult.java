package vn.partyreview.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outcome of an import: either the number of records created per table and the created users, or every error
 * found in the file (then nothing was written).
 */
public record ImportResult(Map<String, Integer> counts, List<CreatedUser> createdUsers, List<ImportError> errors) {

    static ImportResult imported(Map<String, Integer> counts, List<CreatedUser> createdUsers) {
        return new ImportResult(Collections.unmodifiableMap(new LinkedHashMap<>(counts)), List.copyOf(createdUsers),
                List.of());
    }

    static ImportResult rejected(List<ImportError> errors) {
        return new ImportResult(Map.of(), List.of(), List.copyOf(errors));
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
