package vn.partyreview.member;

/** A member's position in a party organisation or in a non-party body; positions decide the member's groups. */
public enum PositionRole {
    /** Bí thư. */
    SECRETARY(Scope.ORGANIZATION),
    /** Phó Bí thư. */
    DEPUTY_SECRETARY(Scope.ORGANIZATION),
    /** Cấp ủy viên (chi ủy viên, đảng ủy viên). */
    COMMITTEE_MEMBER(Scope.ORGANIZATION),
    /** Ủy viên Ban Thường vụ. */
    STANDING_MEMBER(Scope.ORGANIZATION),
    /** Ủy viên Ủy ban Kiểm tra. */
    INSPECTION_MEMBER(Scope.ORGANIZATION),
    /** Cán bộ Ban Tổ chức. */
    ORGANIZING_STAFF(Scope.ORGANIZATION),
    /** Cán bộ Văn phòng (bộ phận giúp việc). */
    OFFICE_STAFF(Scope.ORGANIZATION),
    /** Theo dõi tiến độ (Cockpit, read-only). */
    SUPERVISOR(Scope.ORGANIZATION),
    /** Phó Hiệu trưởng of a public school, held at the school's cell; a leader of the level above [P II.4]. */
    VICE_PRINCIPAL(Scope.ORGANIZATION),
    /** Người đứng đầu a non-party body (Chủ tịch, Trưởng ...). */
    BODY_HEAD(Scope.BODY),
    /** Cấp phó of a non-party body. */
    BODY_DEPUTY(Scope.BODY),
    /** Other member of a body's leadership. */
    BODY_MEMBER(Scope.BODY);

    public enum Scope { ORGANIZATION, BODY }

    private final Scope scope;

    PositionRole(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }
}
