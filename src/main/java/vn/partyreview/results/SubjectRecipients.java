package vn.partyreview.results;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.identity.GroupRole;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.subjects.CampaignSubjects;
import vn.partyreview.subjects.LeadershipAssignments;
import vn.partyreview.subjects.ReviewAssignments;
import vn.partyreview.subjects.TaskAssignments;

/**
 * Who is told a subject's result [P II.6], from the records: the subject (a member's or leader's user, an
 * organisation's committee, a collective's unit) and whoever manages it, as each process's notification step does.
 */
@Component
@Transactional(readOnly = true)
class SubjectRecipients {

    /** @param subject a user id or a group id; {@code managers} a group id */
    record Recipients(String subject, String managers) {
    }

    private final CampaignSubjects subjects;
    private final ReviewAssignments review;
    private final LeadershipAssignments leadership;
    private final TaskAssignments assignments;
    private final PartyMemberRepository members;

    SubjectRecipients(CampaignSubjects subjects, ReviewAssignments review, LeadershipAssignments leadership,
                      TaskAssignments assignments, PartyMemberRepository members) {
        this.subjects = subjects;
        this.review = review;
        this.leadership = leadership;
        this.assignments = assignments;
        this.members = members;
    }

    Recipients of(String campaignId, SubjectType type, String code) {
        String orgCode = subjects.organizationOf(campaignId, type, code);
        return switch (type) {
            case MEMBER -> new Recipients(userOf(code), assignments.committeeGroup(orgCode));
            case PARTY_ORGANIZATION -> new Recipients(GroupRole.COMMITTEE.groupOf(code), review.decidingGroup(code));
            case LEADERSHIP_COLLECTIVE -> {
                LeadershipAssignments.CollectiveAssignment collective = leadership.forCollective(code, orgCode);
                yield new Recipients(collective.unitGroup(), collective.decidingGroup());
            }
            case LEADER -> new Recipients(userOf(code), leadership.forLeader(orgCode, code).decidingGroup());
        };
    }

    private String userOf(String memberCode) {
        return members.findByCodeIn(List.of(memberCode)).stream().findFirst().map(PartyMember::getUserId)
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy đảng viên " + memberCode));
    }
}
