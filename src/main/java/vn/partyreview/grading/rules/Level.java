package vn.partyreview.grading.rules;

/** Quality level, best first. */
public enum Level {
    HTXSNV("Hoàn thành xuất sắc nhiệm vụ"),
    HTTNV("Hoàn thành tốt nhiệm vụ"),
    HTNV("Hoàn thành nhiệm vụ"),
    KHTNV("Không hoàn thành nhiệm vụ");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isAtLeast(Level other) {
        return ordinal() <= other.ordinal();
    }

    public boolean isAbove(Level other) {
        return ordinal() < other.ordinal();
    }

    public static Level lower(Level a, Level b) {
        return a.isAtLeast(b) ? b : a;
    }
}
