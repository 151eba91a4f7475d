package vn.partyreview.grading.rules;

/** Rating of one criterion, best first. */
public enum Rating {
    XUAT_SAC("Xuất sắc"),
    TOT("Tốt"),
    TRUNG_BINH("Trung bình"),
    KEM("Kém");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isAtLeast(Rating other) {
        return ordinal() <= other.ordinal();
    }
}
