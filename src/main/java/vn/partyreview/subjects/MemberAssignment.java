package vn.partyreview.subjects;

/**
 * Who does what for one member in a campaign.
 *
 * @param reviewed                false for members exempt from or suspended in party activity
 * @param graded                  false for members the campaign's rule set does not grade (admitted too recently)
 * @param agencyHeadGroup         rates the member as a civil servant before party grading
 * @param residenceCommitteeGroup comments on the member where they live; null when no residence cell is known
 * @param chairUserId             chairs the member's review: the cell secretary, a deputy for the secretary
 * @param temporaryCellCommitteeGroup comments on a member in temporary activity (sinh hoạt tạm thời); else null
 * @param previousCellName        the cell a member was transferred from after 6 months or more there in the year
 *                                under review, whose comment the cell committee records; else null [P II.6]
 */
public record MemberAssignment(
        String memberName,
        String memberUserId,
        String cellCode,
        boolean reviewed,
        boolean graded,
        boolean civilServant,
        String agencyHeadGroup,
        String residenceCommitteeGroup,
        String chairUserId,
        String cellCommitteeGroup,
        String temporaryCellCommitteeGroup,
        String previousCellName) {
}
