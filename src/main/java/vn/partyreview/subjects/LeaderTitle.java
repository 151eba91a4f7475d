package vn.partyreview.subjects;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import vn.partyreview.member.PositionRole;

/**
 * The leaders graded at a committee's level and their titles [P II.4, H B.I.2.2, SPEC §14]: heads and deputies of
 * the committee and of each collective of the level, UVTV and ĐUV, Phó Bí thư of a chi bộ cơ sở and vice-principals
 * of the schools below. Equivalent titles form one 20% quota group [P II.4]; a person holding several posts is graded
 * once, under the highest (declaration order), by the competent body [P II.6 "đảm nhiệm nhiều chức vụ"].
 */
public enum LeaderTitle {
    COMMITTEE_HEAD(true, true),
    GOVERNMENT_HEAD(true, true),
    FRONT_HEAD(true, false),
    COMMITTEE_DEPUTY(false, true),
    GOVERNMENT_DEPUTY(false, true),
    FRONT_DEPUTY(false, false),
    STANDING_MEMBER(false, true),
    COMMITTEE_MEMBER(false, false),
    BASIC_CELL_DEPUTY_SECRETARY(false, true),
    VICE_PRINCIPAL(false, true);

    /** Where a post is held, seen from the committee whose level is graded. */
    enum Unit {
        /** The committee itself. */
        LEVEL_COMMITTEE,
        /** Its HĐND standing or UBND leadership. */
        GOVERNMENT_BODY,
        /** Its MTTQ standing or a mass organisation. */
        FRONT_BODY,
        /** A chi bộ cơ sở directly under it. */
        BASIC_CELL_BELOW,
        /** A cell under it (a school's). */
        CELL_BELOW;

        /**
         * Posts of the committee and of HĐND and UBND are reviewed before the committee of the level; MTTQ and mass
         * organisation posts before their own collective, a school's before its cell [P I.2.2].
         */
        boolean reviewedBeforeCommittee() {
            return this == LEVEL_COMMITTEE || this == GOVERNMENT_BODY;
        }
    }

    private final boolean head;
    private final boolean managedAbove;

    LeaderTitle(boolean head, boolean managedAbove) {
        this.head = head;
        this.managedAbove = managedAbove;
    }

    /** The leader's title from one post, if the post makes a leader of the level. */
    static Optional<LeaderTitle> of(PositionRole role, Unit unit) {
        return Optional.ofNullable(switch (unit) {
            case LEVEL_COMMITTEE -> switch (role) {
                case SECRETARY -> COMMITTEE_HEAD;
                case DEPUTY_SECRETARY -> COMMITTEE_DEPUTY;
                case STANDING_MEMBER -> STANDING_MEMBER;
                case COMMITTEE_MEMBER -> COMMITTEE_MEMBER;
                default -> null;
            };
            case GOVERNMENT_BODY -> role == PositionRole.BODY_HEAD ? GOVERNMENT_HEAD
                    : role == PositionRole.BODY_DEPUTY ? GOVERNMENT_DEPUTY : null;
            case FRONT_BODY -> role == PositionRole.BODY_HEAD ? FRONT_HEAD
                    : role == PositionRole.BODY_DEPUTY ? FRONT_DEPUTY : null;
            case BASIC_CELL_BELOW -> role == PositionRole.DEPUTY_SECRETARY ? BASIC_CELL_DEPUTY_SECRETARY
                    : role == PositionRole.VICE_PRINCIPAL ? VICE_PRINCIPAL : null;
            case CELL_BELOW -> role == PositionRole.VICE_PRINCIPAL ? VICE_PRINCIPAL : null;
        });
    }

    /** The title a person holding several posts is graded under. */
    static Optional<LeaderTitle> highest(Collection<LeaderTitle> titles) {
        return titles.stream().min(Comparator.naturalOrder());
    }

    /** A head is reviewed before the deputies and members, his review chaired by a deputy [P I.4.2]. */
    public boolean head() {
        return head;
    }

    /**
     * Decided by the body that decides the level's organisation (the standing committee above): the cán bộ diện Ban
     * Thường vụ Quận ủy quản lý with the UVTV of basic committees, Phó Bí thư of chi bộ cơ sở and vice-principals it
     * adds [P II.4]; the others by the committee of the level, which decides the MTTQ and mass organisations'
     * collectives [P II.3.4b].
     */
    boolean managedAbove() {
        return managedAbove;
    }

    /**
     * Managed by the standing committee above the level itself: the level's own committee, HĐND and UBND posts. At a
     * root with no superior in the system that body is outside it (a district's: BTV Tỉnh/Thành ủy, to which the
     * district reports these leaders' results [H C.4]). Phó Bí thư chi bộ cơ sở and vice-principals are cán bộ diện
     * BTV Quận ủy quản lý whatever level grades them [P II.4 "bổ sung thêm đối tượng"].
     */
    boolean managedAboveTheLevel() {
        return managedAbove && this != BASIC_CELL_DEPUTY_SECRETARY && this != VICE_PRINCIPAL;
    }
}
