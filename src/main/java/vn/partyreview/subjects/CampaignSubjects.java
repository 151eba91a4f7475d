package vn.partyreview.subjects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;

/**
 * Who a campaign reviews and grades: its subjects, one record each, included as the models reach them. What a
 * review produced is written by {@code review}, the grading input read by {@code decision}, both on these records.
 */
@Service("campaignSubjects")
@Transactional
public class CampaignSubjects {

    private final CampaignSubjectRepository subjects;
    private final PartyMemberRepository members;
    private final ObjectMapper mapper;

    public CampaignSubjects(CampaignSubjectRepository subjects, PartyMemberRepository members, ObjectMapper mapper) {
        this.subjects = subjects;
        this.members = members;
        this.mapper = mapper;
    }

    public void includeOrganization(String campaignId, String orgCode, String orgName) {
        include(campaignId, SubjectType.PARTY_ORGANIZATION, orgCode, orgName, orgCode, SubjectStatus.IN_REVIEW);
    }

    /** A leadership collective of the level of {@code orgCode}. */
    public void includeCollective(String campaignId, String collectiveCode, String collectiveName, String orgCode) {
        include(campaignId, SubjectType.LEADERSHIP_COLLECTIVE, collectiveCode, collectiveName, orgCode,
                SubjectStatus.IN_REVIEW);
    }

    /** A leader, by member code (party member or not), graded at the level of {@code orgCode}. */
    public void includeLeader(String campaignId, String memberCode, String orgCode) {
        PartyMember member = members.findByCodeIn(List.of(memberCode)).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy cán bộ " + memberCode));
        include(campaignId, SubjectType.LEADER, memberCode, member.getFullName(), orgCode, SubjectStatus.IN_REVIEW);
    }

    /** A member left out of the review keeps the fact why, so the results show why he is not graded. */
    public void includeMember(String campaignId, String memberCode, MemberAssignment member) {
        include(campaignId, SubjectType.MEMBER, memberCode, member.memberName(), member.cellCode(),
                member.reviewed() ? SubjectStatus.IN_REVIEW : SubjectStatus.NOT_REVIEWED);
        if (!member.reviewed()) {
            MemberStatus status = members.findByCodeIn(List.of(memberCode)).get(0).getStatus();
            subject(campaignId, SubjectType.MEMBER, memberCode).notReviewedBecause(json(
                    Map.of(status == MemberStatus.EXEMPT ? "exempt" : "suspended", true)));
        }
    }

    /** Every member of a cell included in the campaign, reviewed or not, by code. */
    @Transactional(readOnly = true)
    public List<CampaignSubject> members(String campaignId, String cellCode) {
        return subjects.findByCampaignIdAndSubjectTypeAndOrganizationCodeOrderBySubjectCode(campaignId,
                SubjectType.MEMBER, cellCode);
    }

    /** The organisation a subject was included under: a member's cell, a collective's or leader's level. */
    @Transactional(readOnly = true)
    public String organizationOf(String campaignId, SubjectType type, String code) {
        return subject(campaignId, type, code).getOrganizationCode();
    }

    /** A leader's own record; his record as a member before he is included at his level. */
    @Transactional(readOnly = true)
    public Optional<CampaignSubject> ownRecord(String campaignId, SubjectType type, String subjectCode) {
        return subjects.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId, type, subjectCode)
                .or(() -> type == SubjectType.LEADER ? subjects.findByCampaignIdAndSubjectTypeAndSubjectCode(
                        campaignId, SubjectType.MEMBER, subjectCode) : Optional.empty());
    }

    private void include(String campaignId, SubjectType type, String code, String name, String orgCode,
                         SubjectStatus status) {
        if (subjects.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId, type, code).isEmpty()) {
            subjects.save(new CampaignSubject(campaignId, type, code, name, orgCode, status));
        }
    }

    /** The subject's record; a subject the campaign has not included is a fault of the model, not of the user. */
    public CampaignSubject subject(String campaignId, SubjectType type, String code) {
        return subjects.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId, type, code)
                .orElseThrow(() -> new IllegalStateException("Đối tượng " + code + " chưa có trong đợt " + campaignId));
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
