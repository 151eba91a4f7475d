package vn.partyreview.subjects;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.partyreview.campaign.CampaignService;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.identity.GroupRole;

/**
 * Who gets each task and which way a member's review goes, read from our records when the task is created or the
 * gateway is passed (SPEC §10 I3), by the subject's identity only: the models call these as
 * {@code ${assignments.memberUser(campaignId, memberCode)}}, never a variable a task could have written.
 */
@Component("assignments")
public class TaskAssignments {

    private final ReviewAssignments review;
    private final LeadershipAssignments leadership;
    private final CampaignService campaigns;
    private final TransactionMemo memo = new TransactionMemo();

    public TaskAssignments(ReviewAssignments review, LeadershipAssignments leadership, CampaignService campaigns) {
        this.review = review;
        this.leadership = leadership;
        this.campaigns = campaigns;
    }

    public String memberUser(String campaignId, String memberCode) {
        return member(campaignId, memberCode).memberUserId();
    }

    public String agencyHeadGroup(String campaignId, String memberCode) {
        return member(campaignId, memberCode).agencyHeadGroup();
    }

    public String residenceCommitteeGroup(String campaignId, String memberCode) {
        return member(campaignId, memberCode).residenceCommitteeGroup();
    }

    public String reviewChair(String campaignId, String memberCode) {
        return member(campaignId, memberCode).chairUserId();
    }

    public String cellCommitteeGroup(String campaignId, String memberCode) {
        return member(campaignId, memberCode).cellCommitteeGroup();
    }

    public boolean reviewed(String campaignId, String memberCode) {
        return member(campaignId, memberCode).reviewed();
    }

    public boolean graded(String campaignId, String memberCode) {
        return member(campaignId, memberCode).graded();
    }

    public boolean civilServant(String campaignId, String memberCode) {
        return member(campaignId, memberCode).civilServant();
    }

    public boolean hasResidenceCell(String campaignId, String memberCode) {
        return member(campaignId, memberCode).residenceCommitteeGroup() != null;
    }

    public String temporaryCellCommitteeGroup(String campaignId, String memberCode) {
        return member(campaignId, memberCode).temporaryCellCommitteeGroup();
    }

    public boolean hasTemporaryCell(String campaignId, String memberCode) {
        return member(campaignId, memberCode).temporaryCellCommitteeGroup() != null;
    }

    public boolean previousCellCommentNeeded(String campaignId, String memberCode) {
        return member(campaignId, memberCode).previousCellName() != null;
    }

    public String headUser(String orgCode) {
        return review.headUserId(orgCode);
    }

    public String committeeGroup(String orgCode) {
        return GroupRole.COMMITTEE.groupOf(review.organizationCode(orgCode));
    }

    public String inspectionGroup(String orgCode) {
        return review.inspectionGroup(orgCode);
    }

    /** Records an organisation's targets met: its own office; for a cell, the office of its basic organisation. */
    public String officeGroup(String orgCode) {
        return review.officeGroup(orgCode);
    }

    public String appraisingGroup(String orgCode) {
        return review.appraisingGroup(orgCode);
    }

    /** Whether a superior's office in the system receives the organisation's dossier. */
    public boolean superiorInSystem(String orgCode) {
        return review.hasSuperior(orgCode);
    }

    /** Whether the body managing the leader's post is in the system; else his result is sent up, not decided. */
    public boolean leaderDecidedInSystem(String orgCode, String leaderCode) {
        return leadership.forLeader(orgCode, leaderCode).decidedInSystem();
    }

    /** The related bodies asked for an opinion: the collection of the opinions' multi-instance. */
    public List<String> opinionBodyCodes(String orgCode) {
        return review.opinionBodyCodes(orgCode);
    }

    public String collectiveHead(String collectiveCode, String orgCode) {
        return leadership.forCollective(collectiveCode, orgCode).headUserId();
    }

    /** Suggests a collective's in-depth review: the inspection committee of the level that decides it. */
    public String collectiveInspectionGroup(String collectiveCode) {
        return leadership.inspectionGroup(collectiveCode);
    }

    /** Compiles and appraises a collective's dossier for the body that decides it. */
    public String collectiveAppraisingGroup(String collectiveCode) {
        return leadership.appraisingGroup(collectiveCode);
    }

    /** The related bodies asked for an opinion on a collective [P II.3.5 B2]; often none. */
    public List<String> collectiveOpinionBodyCodes(String collectiveCode) {
        return leadership.opinionBodyCodes(collectiveCode);
    }

    /**
     * Follows up a late stage: for an organisation the supervisor one level up; for a collective or a leader of a
     * level, that level's own supervisor.
     */
    public String lateFollowUpGroup(String lateSubjectType, String orgCode) {
        return SubjectType.valueOf(lateSubjectType) == SubjectType.PARTY_ORGANIZATION
                ? review.supervisorGroup(orgCode)
                : GroupRole.SUPERVISOR.groupOf(review.organizationCode(orgCode));
    }

    /** The member's assignment, read once per transaction: the member's loader and its first tasks share it. */
    public MemberAssignment member(String campaignId, String memberCode) {
        return memo.get(campaignId + "/" + memberCode,
                () -> review.forMember(memberCode, campaigns.gradingDay(campaignId), campaigns.rules(campaignId)));
    }
}
