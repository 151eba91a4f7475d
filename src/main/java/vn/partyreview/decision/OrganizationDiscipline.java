package vn.partyreview.decision;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.partyreview.grading.rules.Discipline;

/**
 * QĐ 366-QĐ/TW Đ11 for a party organisation graded as a collective: HTXSNV needs "no subordinate unit and no member
 * of the leadership disciplined" ({@code subordinateOrMemberDisciplined}), and a member of its committee disciplined
 * from khiển trách up is a knock-out ({@code memberDisciplinedKhienTrachOrAbove}). Both are taken from the inspection
 * records of the campaign year; the organisation's own Mẫu 01 may add a "yes", never lift a recorded one.
 */
final class OrganizationDiscipline {

    static final String SUBORDINATE_OR_MEMBER = "subordinateOrMemberDisciplined";
    static final String MEMBER = "memberDisciplinedKhienTrachOrAbove";

    private OrganizationDiscipline() {
    }

    /**
     * @param stated                 what the organisation's Mẫu 01 stated (booleans by the grading API's names)
     * @param subordinateDisciplined an organisation under it recorded disciplined in the campaign
     * @param committeeMember        the heaviest discipline of a member of its committee decided in the year
     * @return the two facts; one is left out only when neither stated nor recorded
     */
    static Map<String, Object> facts(Map<String, ?> stated, boolean subordinateDisciplined, Discipline committeeMember) {
        boolean memberDisciplined = committeeMember.isAtLeast(Discipline.KHIEN_TRACH);
        Map<String, Object> facts = new LinkedHashMap<>();
        put(facts, stated, SUBORDINATE_OR_MEMBER, subordinateDisciplined || memberDisciplined);
        put(facts, stated, MEMBER, memberDisciplined);
        return facts;
    }

    private static void put(Map<String, Object> facts, Map<String, ?> stated, String name, boolean recorded) {
        boolean said = Boolean.TRUE.equals(stated.get(name));
        if (recorded || stated.get(name) instanceof Boolean) {
            facts.put(name, recorded || said);
        }
    }
}
