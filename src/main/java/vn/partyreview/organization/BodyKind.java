package vn.partyreview.organization;

/** Non-party bodies whose opinions and collectives take part in grading (SPEC §2). */
public enum BodyKind {
    /** Thường trực HĐND. */
    HDND_STANDING,
    /** Lãnh đạo UBND. */
    UBND_LEADERSHIP,
    /** Ban Thường trực UB MTTQ. */
    MTTQ_STANDING,
    /** Đoàn thể chính trị - xã hội: veterans, women, youth, farmers, trade union. */
    MASS_ORGANIZATION,
    /** Cơ quan tham mưu, giúp việc of the district committee. */
    ADVISORY_BODY,
    /** Phòng, ban, đơn vị sự nghiệp under the district UBND. */
    PUBLIC_UNIT;

    /**
     * Government, MTTQ and mass-organisation collectives are graded before the party committee of the same level
     * [P I.4.2, SPEC §4].
     */
    public boolean gradedBeforeCommittee() {
        return this == HDND_STANDING || this == UBND_LEADERSHIP || this == MTTQ_STANDING || this == MASS_ORGANIZATION;
    }
}
