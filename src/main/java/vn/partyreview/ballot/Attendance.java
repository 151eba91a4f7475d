package vn.partyreview.ballot;

/**
 * A summoned member's standing when the chair opens the session; it decides the frozen denominator (SPEC §6).
 * An exempted member (miễn sinh hoạt) who attends is simply {@link #PRESENT}; one who does not is
 * {@link #EXEMPT_ABSENT} and does not count.
 */
public enum Attendance {
    PRESENT("Có mặt", true, true),
    ABSENT_WITHOUT_REASON("Vắng mặt không có lý do được chấp thuận", true, false),
    ABSENT_WITH_APPROVED_REASON("Vắng mặt cả buổi có lý do được chấp thuận", false, false),
    TEMPORARILY_TRANSFERRED("Chuyển sinh hoạt tạm thời", false, false),
    SUSPENDED_PROSECUTED_OR_DETAINED("Đình chỉ sinh hoạt, bị truy tố hoặc tạm giam", false, false),
    EXEMPT_ABSENT("Miễn sinh hoạt, không tham dự", false, false);

    private final String label;
    private final boolean inDenominator;
    private final boolean votes;

    Attendance(String label, boolean inDenominator, boolean votes) {
        this.label = label;
        this.inDenominator = inDenominator;
        this.votes = votes;
    }

    public String label() {
        return label;
    }

    public boolean countsInDenominator() {
        return inDenominator;
    }

    public boolean receivesBallot() {
        return votes;
    }
}
