package vn.partyreview.decision;

import java.util.List;

/**
 * Port to the records: the group in which a unit's subjects are decided, and the units that make the group up in a
 * campaign. Implemented from the organisation tree, never from process variables.
 */
interface DecisionGroups {

    /**
     * @param subjectType a {@link vn.partyreview.grading.rules.SubjectType} name
     * @param unitCode    what asks for a decision: a cell for its members, otherwise the subject itself
     */
    DecisionGroup of(String campaignId, String subjectType, String unitCode);

    /**
     * The business key of a session of the group: the group and whom it decides, read from the records
     * ({@code DU-GIANGBIEN/MEMBER · Đảng viên thuộc Đảng bộ phường Giang Biên}), which its tasks are named after.
     */
    String sessionKey(String quotaGroup);

    /**
     * A cell's members are decided with every member of their basic organisation; an organisation with the others
     * under the same committee; a collective or a leader with the others of its level (SPEC §11).
     *
     * @param quotaGroup       the group over which the quota is counted, also the session's group
     * @param organizationCode the organisation whose body decides the group
     * @param units            the units of the campaign expected to ask in this group, as the asking unit sees them:
     *                         once each has asked, the group is complete
     */
    record DecisionGroup(String quotaGroup, String organizationCode, List<String> units) {
    }
}
