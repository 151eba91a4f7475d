package vn.partyreview.member;

/** Party activity status; decides whether a member is reviewed and graded (SPEC §2). */
public enum MemberStatus {
    ACTIVE,
    /** Miễn công tác và sinh hoạt đảng: not reviewed, not graded. */
    EXEMPT,
    /** Đình chỉ sinh hoạt đảng: not reviewed, not graded. */
    SUSPENDED,
    /** Đình chỉ sinh hoạt cấp ủy only: still reviewed and graded. */
    COMMITTEE_SUSPENDED,
    /**
     * Không phải đảng viên: a leader who holds posts in non-party bodies only [H B.I.2.2, SPEC §14]; no cell, never
     * a member subject nor a voter, graded only as a leader.
     */
    NON_PARTY
}
