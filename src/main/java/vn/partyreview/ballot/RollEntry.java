package vn.partyreview.ballot;

/** One summoned voter's standing, recorded by the chair when the session opens. */
public record RollEntry(String voterId, Attendance attendance) {
}
