package vn.partyreview.grading.rules;

/** Party discipline, lightest first. */
public enum Discipline {
    NONE,
    KHIEN_TRACH,
    CANH_CAO,
    CACH_CHUC,
    KHAI_TRU;

    public boolean isAtLeast(Discipline other) {
        return ordinal() >= other.ordinal();
    }
}
