package vn.partyreview.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.campaign.CampaignService;
import vn.partyreview.collective.LeadershipCollectiveRepository;
import vn.partyreview.facts.SubjectFacts;
import vn.partyreview.grading.GradingDecision;
import vn.partyreview.grading.rules.Discipline;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.results.CampaignDecisions;
import vn.partyreview.subjects.CampaignSubject;
import vn.partyreview.subjects.CampaignSubjectRepository;
import vn.partyreview.subjects.CampaignSubjects;

/**
 * The grading input of a subject at its decision ({@code criteria}, {@code scores}, {@code facts}), read from the
 * records of its review, the levels decided below it and the facts recorded by the roles that know them.
 */
@Service
@Transactional(readOnly = true)
class GradingInput {

    private final CampaignSubjects subjects;
    private final CampaignSubjectRepository rows;
    private final CampaignDecisions decisions;
    private final PartyMemberRepository members;
    private final OrganizationRepository organizations;
    private final PartyBodyRepository bodies;
    private final CampaignService campaigns;
    private final LeadershipFacts leadershipFacts;
    private final SubjectFacts recordedFacts;
    private final LeadershipCollectiveRepository collectives;
    private final ObjectMapper mapper;

    GradingInput(CampaignSubjects subjects, CampaignSubjectRepository rows, CampaignDecisions decisions,
                 PartyMemberRepository members, OrganizationRepository organizations, PartyBodyRepository bodies,
                 CampaignService campaigns, LeadershipFacts leadershipFacts, SubjectFacts recordedFacts,
                 LeadershipCollectiveRepository collectives, ObjectMapper mapper) {
        this.collectives = collectives;
        this.subjects = subjects;
        this.rows = rows;
        this.decisions = decisions;
        this.members = members;
        this.organizations = organizations;
        this.bodies = bodies;
        this.campaigns = campaigns;
        this.leadershipFacts = leadershipFacts;
        this.recordedFacts = recordedFacts;
        this.mapper = mapper;
    }

    /**
     * Grading input {@code criteria}: the subject's self-rated criteria; a leader's those of the Mẫu 02 he wrote at
     * his level, else of his Mẫu 02 as a member.
     */
    String criteria(String campaignId, String subjectType, String subjectCode) {
        String own = subjects.subject(campaignId, SubjectType.valueOf(subjectType), subjectCode).getCriteriaJson();
        if (own == null && SubjectType.valueOf(subjectType) == SubjectType.LEADER) {
            return rows.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId, SubjectType.MEMBER, subjectCode)
                    .map(CampaignSubject::getCriteriaJson).orElse("[]");
        }
        return own;
    }

    /**
     * Grading input {@code scores} of a points-based rule set, as self-scored; a leader's are those of the Mẫu 2A he
     * wrote at his level, else of his Mẫu 2A as a member (a leader included at his level has a record of his own
     * before he scores himself on it). Null under a rating-based rule set or before the self-assessment.
     */
    String scores(String campaignId, String subjectType, String subjectCode) {
        SubjectType type = SubjectType.valueOf(subjectType);
        String own = subjects.ownRecord(campaignId, type, subjectCode).map(CampaignSubject::getScoresJson).orElse(null);
        if (own == null && type == SubjectType.LEADER) {
            return rows.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId, SubjectType.MEMBER, subjectCode)
                    .map(CampaignSubject::getScoresJson).orElse(null);
        }
        return own;
    }

    /**
     * Grading input {@code facts}: for a member those stored with the review; for an organisation taken now from
     * the levels decided for its subordinates (members of a cell, organisations under a committee), which are
     * graded first; over them the facts recorded by the roles that know them ({@link SubjectFacts}).
     */
    String facts(String campaignId, String subjectType, String subjectCode) {
        SubjectType type = SubjectType.valueOf(subjectType);
        Map<String, Object> facts = switch (type) {
            case MEMBER -> memberFacts(campaignId, subjectCode);
            case PARTY_ORGANIZATION -> statedFacts(campaignId, type, subjectCode);
            case LEADERSHIP_COLLECTIVE -> statedFacts(campaignId, type, subjectCode);
            case LEADER -> leaderFacts(campaignId, subjectCode);
        };
        facts.putAll(switch (type) {
            case PARTY_ORGANIZATION -> organizationFacts(campaignId, subjectCode);
            case LEADERSHIP_COLLECTIVE -> collectiveFacts(campaignId, subjectCode);
            default -> Map.of();
        });
        facts.putAll(recorded(campaignId, type, subjectCode));
        return json(facts);
    }

    private Map<String, Object> recorded(String campaignId, SubjectType type, String subjectCode) {
        return recordedFacts.gradingFacts(campaignId, type, subjectCode, campaigns.year(campaignId));
    }

    private Map<String, Object> memberFacts(String campaignId, String memberCode) {
        return statedFacts(campaignId, SubjectType.MEMBER, memberCode);
    }

    /**
     * The facts stored with the subject's review: a member's, or what a collective's Mẫu 01 part B stated (under a
     * points-based rule set); those computed or recorded by the roles that know them are put over them.
     */
    private Map<String, Object> statedFacts(String campaignId, SubjectType type, String code) {
        Map<String, Object> facts = new LinkedHashMap<>();
        rows.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId, type, code)
                .map(CampaignSubject::getFactsJson).filter(stored -> stored != null)
                .ifPresent(stored -> facts.putAll(map(stored)));
        return facts;
    }

    /**
     * A collective is never above its unit: {@code unitLevel} once the unit is decided; and it answers for its
     * members' discipline and degradation recorded by the inspection committee.
     */
    private Map<String, Object> collectiveFacts(String campaignId, String collectiveCode) {
        Map<String, Object> facts = new LinkedHashMap<>();
        LeadershipFacts.putLevel(facts, "unitLevel", leadershipFacts.unitLevel(campaignId, collectiveCode));
        Map<String, Object> members = recordedFacts.collectiveMemberFacts(campaignId,
                leadershipFacts.memberCodes(collectiveCode), campaigns.year(campaignId));
        facts.putAll(members);
        if (campaigns.pointsBased(campaignId) && members.containsKey("memberDisciplineMax")) {
            // QĐ 366 Đ11: any member disciplined (khiển trách or above) as the inspection committee recorded it
            facts.put("memberDisciplinedKhienTrachOrAbove", true);
            facts.put("subordinateOrMemberDisciplined", true);
        }
        return facts;
    }

    /**
     * A leader's member facts, those his Mẫu 2A at his level stated over them (the units he leads), plus
     * {@code headedUnitLevel}, the level decided for what he heads.
     */
    private Map<String, Object> leaderFacts(String campaignId, String memberCode) {
        Map<String, Object> facts = memberFacts(campaignId, memberCode);
        facts.putAll(statedFacts(campaignId, SubjectType.LEADER, memberCode));
        facts.putAll(recorded(campaignId, SubjectType.MEMBER, memberCode));
        LeadershipFacts.putLevel(facts, "headedUnitLevel", leadershipFacts.headedUnitLevel(campaignId, memberCode));
        return facts;
    }

    private Map<String, Object> organizationFacts(String campaignId, String subjectCode) {
        Organization org = organizations.findByCode(subjectCode).orElseThrow();
        Set<String> subordinates = org.getKind().isCell()
                ? members.findByOfficialCell(org).stream().map(PartyMember::getCode).collect(Collectors.toSet())
                : organizations.findByParent(org).stream().map(Organization::getCode).collect(Collectors.toSet());
        SubjectType subordinateType = org.getKind().isCell() ? SubjectType.MEMBER : SubjectType.PARTY_ORGANIZATION;
        List<String> subordinateLevels = decisions.findByCampaignIdAndCancelledFalse(campaignId).stream()
                .filter(decision -> decision.getSubjectType() == subordinateType)
                .filter(decision -> subordinates.contains(decision.getSubjectId()))
                .map(GradingDecision::getLevel).map(Level::name).toList();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", org.getKind().isCell() ? "CELL" : "COMMITTEE");
        facts.put("subordinateLevels", subordinateLevels);
        if (!org.getKind().isCell()) {
            leadershipFacts.putSameLevelBodies(facts, campaignId, bodies.findByOrganization(org));
        }
        if (org.getEstablishedOn() != null) {
            facts.put("monthsSinceEstablished",
                    Period.between(org.getEstablishedOn(), campaigns.gradingDay(campaignId)).toTotalMonths());
        }
        if (campaigns.pointsBased(campaignId)) {
            facts.putAll(recordedDiscipline(campaignId, org));
        }
        return facts;
    }

    /**
     * QĐ 366 Đ11 from the inspection records, over what the organisation's Mẫu 01 stated: an organisation under it
     * recorded disciplined, or a member of its committee (BCH, chi ủy) disciplined in the campaign's year.
     */
    private Map<String, Object> recordedDiscipline(String campaignId, Organization org) {
        Set<String> committee = new TreeSet<>();
        collectives.findByOrganization(org).stream().filter(collective -> collective.getBody() == null)
                .forEach(collective -> committee.addAll(leadershipFacts.memberCodes(collective.getCode())));
        Object heaviest = recordedFacts.collectiveMemberFacts(campaignId, committee, campaigns.year(campaignId))
                .get("memberDisciplineMax");
        boolean subordinate = recordedFacts.anyOrganizationDisciplined(campaignId,
                organizations.findByParent(org).stream().map(Organization::getCode).toList());
        return OrganizationDiscipline.facts(statedFacts(campaignId, SubjectType.PARTY_ORGANIZATION, org.getCode()),
                subordinate, heaviest == null ? Discipline.NONE : Discipline.valueOf(heaviest.toString()));
    }

    private Map<String, Object> map(String json) {
        try {
            return mapper.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
