package vn.partyreview.subjects;

import java.util.List;

/**
 * Who does what for one organisation in a campaign (SPEC §3): every task goes to one user or one
 * {@code <unitCode>.<role>} group derived here.
 *
 * @param decidingGroup       decides the organisation's level: the district standing committee for basic
 *                            organisations, the basic committee for its cells
 * @param appraisingGroup     compiles and appraises (thẩm định) for the deciding group
 * @param supervisorGroup     watches progress one level up and is told of lateness
 * @param opinionBodyCodes    related bodies giving opinions (step 2): those at the deciding level
 * @param memberDecidingGroup decides the levels of a cell's members (the basic organisation)
 * @param memberQuotaGroup    the 20% quota group of those members: one basic party organisation
 * @param collectiveCodes     a committee's level: collectives of its bodies and of its cells (chi ủy), graded
 *                            before the committee
 * @param ownCollectiveCodes  a committee's own collectives (BCH, BTV), graded after it and before its leaders
 * @param leaderCodes         a committee's level: its leaders ({@link LevelLeaders}), graded after their units
 */
public record OrganizationAssignment(
        String orgName,
        boolean cell,
        String headUserId,
        String committeeGroup,
        String inspectionGroup,
        String decidingGroup,
        String appraisingGroup,
        String supervisorGroup,
        String quotaGroup,
        List<String> opinionBodyCodes,
        List<String> childOrgCodes,
        List<String> memberCodes,
        String memberDecidingGroup,
        String memberQuotaGroup,
        List<String> collectiveCodes,
        List<String> ownCollectiveCodes,
        List<String> leaderCodes) {
}
