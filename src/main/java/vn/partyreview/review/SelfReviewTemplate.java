package vn.partyreview.review;

import java.util.EnumSet;
import java.util.Set;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.Position;
import vn.partyreview.member.PositionRole;

/**
 * Which personal self-assessment of HD 43-HD/BTCTW a member writes under QĐ 366, chosen from the member's record:
 * Mẫu 2A for leaders and managers (Phụ lục 3), 2B for members without a post inside the political system
 * (Phụ lục 4), 2C for members outside it — retired, students, the private sector (Phụ lục 5).
 */
public enum SelfReviewTemplate {
    MAU_2A("2A"), MAU_2B("2B"), MAU_2C("2C");

    /** Heads and deputies of a body, standing committee members, secretaries of a committee (not of a cell). */
    private static final Set<PositionRole> BODY_LEADERS = EnumSet.of(PositionRole.BODY_HEAD, PositionRole.BODY_DEPUTY,
            PositionRole.STANDING_MEMBER);
    private static final Set<PositionRole> SECRETARIES = EnumSet.of(PositionRole.SECRETARY,
            PositionRole.DEPUTY_SECRETARY);

    private final String code;

    SelfReviewTemplate(String code) {
        this.code = code;
    }

    /** What the Mẫu 02 form's conditions compare with: "2A", "2B" or "2C". */
    public String code() {
        return code;
    }

    public static SelfReviewTemplate of(PartyMember member) {
        if (member.getPositions().stream().anyMatch(SelfReviewTemplate::leads)) {
            return MAU_2A;
        }
        return member.isCivilServant() ? MAU_2B : MAU_2C;
    }

    private static boolean leads(Position position) {
        return BODY_LEADERS.contains(position.getRole()) || SECRETARIES.contains(position.getRole())
                && position.getOrganization() != null && !position.getOrganization().getKind().isCell();
    }
}
