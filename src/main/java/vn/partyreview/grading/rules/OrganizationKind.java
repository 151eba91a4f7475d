package vn.partyreview.grading.rules;

/** A committee is judged on its subordinate organisations, a cell on its members. */
public enum OrganizationKind {
    COMMITTEE,
    CELL
}
