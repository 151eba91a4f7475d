package vn.partyreview.decision;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.campaign.CampaignService;
import vn.partyreview.grading.DecisionSubjects;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.subjects.CampaignSubjects;
import vn.partyreview.subjects.LeadershipAssignments;
import vn.partyreview.subjects.ReviewAssignments;

/**
 * The decision's subject from the campaign's records: rule set, recorded criteria, scores and facts, quota group
 * (marked outstanding or not) and deciding group.
 */
@Component("decisionSubjects")
@Transactional(readOnly = true)
class CampaignDecisionSubjects implements DecisionSubjects {

    private final CampaignService campaigns;
    private final CampaignSubjects subjects;
    private final GradingInput input;
    private final DecisionBrief brief;
    private final ReviewAssignments review;
    private final LeadershipAssignments leadership;
    private final OutstandingOrganizations outstanding;

    CampaignDecisionSubjects(CampaignService campaigns, CampaignSubjects subjects, GradingInput input,
                             DecisionBrief brief, ReviewAssignments review, LeadershipAssignments leadership,
                             OutstandingOrganizations outstanding) {
        this.input = input;
        this.brief = brief;
        this.outstanding = outstanding;
        this.campaigns = campaigns;
        this.subjects = subjects;
        this.review = review;
        this.leadership = leadership;
    }

    @Override
    public DecisionSubject find(String campaignId, String subjectType, String subjectId) {
        SubjectType type = SubjectType.valueOf(subjectType);
        String orgCode = subjects.organizationOf(campaignId, type, subjectId);
        String quotaGroup;
        String decidingGroup;
        boolean outstandingGroup = false;
        switch (type) {
            case MEMBER -> {
                quotaGroup = review.memberQuotaGroup(orgCode);
                decidingGroup = review.memberDecidingGroup(orgCode);
                outstandingGroup = outstanding.isOutstanding(campaignId, orgCode);
            }
            case PARTY_ORGANIZATION -> {
                quotaGroup = review.quotaGroup(subjectId);
                decidingGroup = review.decidingGroup(subjectId);
            }
            case LEADERSHIP_COLLECTIVE -> {
                LeadershipAssignments.CollectiveAssignment collective = leadership.forCollective(subjectId, orgCode);
                quotaGroup = collective.quotaGroup();
                decidingGroup = collective.decidingGroup();
            }
            default -> {
                LeadershipAssignments.LeaderAssignment leader = leadership.forLeader(orgCode, subjectId);
                quotaGroup = leader.quotaGroup();
                decidingGroup = leader.decidingGroup();
            }
        }
        return new DecisionSubject(campaigns.ruleSet(campaignId), input.criteria(campaignId, subjectType, subjectId),
                input.facts(campaignId, subjectType, subjectId), quotaGroup, decidingGroup,
                input.scores(campaignId, subjectType, subjectId), outstandingGroup);
    }

    @Override
    public String subjectName(String campaignId, String subjectType, String subjectId) {
        return brief.nameOf(campaignId, subjectType, subjectId);
    }

    @Override
    public String brief(String campaignId, String subjectType, String subjectId) {
        return brief.line(campaignId, subjectType, subjectId);
    }
}
