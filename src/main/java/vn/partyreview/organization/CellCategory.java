package vn.partyreview.organization;

/** Category of a basic organisation; selects its scoring sheet (ward plan II.1.2, Biểu 1–5). */
public enum CellCategory {
    WARD_COMMITTEE("Biểu 1"),
    RESIDENTIAL("Biểu 2"),
    PUBLIC_SCHOOL("Biểu 3"),
    NON_STATE_ENTERPRISE("Biểu 4"),
    WARD_POLICE("Biểu 5"),
    OTHER(null);

    private final String scoringSheet;

    CellCategory(String scoringSheet) {
        this.scoringSheet = scoringSheet;
    }

    public String scoringSheet() {
        return scoringSheet;
    }
}
