package vn.partyreview.subjects;

/** How far a subject got in a campaign; the decided level itself is the grading module's {@code GradingDecision}. */
public enum SubjectStatus {
    /** Included; review under way. */
    IN_REVIEW,
    /** Exempt from or suspended in party activity: neither reviewed nor graded (SPEC §2). */
    NOT_REVIEWED,
    /** Reviewed but not graded, e.g. admitted less than 6 months ago [P II.6]. */
    NOT_GRADED,
    /** Self-assessed (and, for a member, proposed by the cell committee): ready for the decision. */
    SELF_ASSESSED
}
