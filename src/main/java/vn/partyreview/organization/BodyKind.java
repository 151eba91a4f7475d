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
    PUBLIC_UNIT
}
