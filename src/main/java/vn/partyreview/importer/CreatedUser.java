package vn.partyreview.importer;

/** A Camunda user created by an import, with the initial password the administrator hands out. */
public record CreatedUser(String userId, String initialPassword) {
}
