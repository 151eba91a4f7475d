package vn.partyreview.ballot;

/** One subject on the ballot sheet (a member or an organisation to grade), in the caller's order. */
public record BallotSubject(String id, String name) {
}
