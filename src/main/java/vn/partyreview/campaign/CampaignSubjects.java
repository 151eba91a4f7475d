package vn.partyreview.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.facts.SubjectFacts;
import vn.partyreview.grading.GradingDecision;
import vn.partyreview.grading.points.SelfScoring;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBody;
import vn.partyreview.organization.PartyBodyRepository;

/**
 * The subjects of a campaign and what their review produced, written per subject so that no process collects
 * results in a shared variable. Also answers the grading input ({@code criteria}, {@code facts}) for the decision.
 */
@Service("campaignSubjects")
@Transactional
public class CampaignSubjects {

    private final CampaignSubjectRepository subjects;
    private final CampaignDecisions decisions;
    private final PartyMemberRepository members;
    private final OrganizationRepository organizations;
    private final PartyBodyRepository bodies;
    private final CampaignService campaigns;
    private final LeadershipFacts leadershipFacts;
    private final SubjectOpinionRepository opinions;
    private final ObjectMapper mapper;
    private final SubjectFacts recordedFacts;
    private final SelfBallots selfBallots;
    private final SelfScoringSheets scoringSheets;

    public CampaignSubjects(CampaignSubjectRepository subjects, CampaignDecisions decisions,
                            PartyMemberRepository members, OrganizationRepository organizations,
                            PartyBodyRepository bodies, CampaignService campaigns, LeadershipFacts leadershipFacts,
                            SubjectOpinionRepository opinions, ObjectMapper mapper, SubjectFacts recordedFacts,
                            SelfBallots selfBallots, SelfScoringSheets scoringSheets) {
        this.scoringSheets = scoringSheets;
        this.recordedFacts = recordedFacts;
        this.selfBallots = selfBallots;
        this.opinions = opinions;
        this.subjects = subjects;
        this.leadershipFacts = leadershipFacts;
        this.decisions = decisions;
        this.members = members;
        this.organizations = organizations;
        this.bodies = bodies;
        this.campaigns = campaigns;
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

    /** A member's review is over: with ratings, levels and facts when graded, otherwise reviewed only. */
    public void recordMemberReview(String campaignId, String memberCode, boolean graded, LocalDate gradedAsOf,
                                   Function<String, Object> form) {
        CampaignSubject subject = subject(campaignId, SubjectType.MEMBER, memberCode);
        PartyMember member = members.findByCodeIn(List.of(memberCode)).get(0);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("monthsSinceAdmission", member.monthsSinceAdmission(gradedAsOf));
        if (!graded) {
            subject.reviewedWithoutGrading(json(facts));
            return;
        }
        facts.put("committeeSuspendedOnly", member.getStatus() == MemberStatus.COMMITTEE_SUSPENDED);
        facts.put("civilServant", member.isCivilServant());
        if (member.isCivilServant() && form.apply("civilServantLevel") != null) {
            facts.put("civilServantLevel", String.valueOf(form.apply("civilServantLevel")));
        }
        String scores = null;
        if (campaigns.pointsBased(campaignId)) {
            facts.putAll(PointsSheet.MEMBER.facts(form));
            scores = selfScores(campaignId, SubjectType.MEMBER, memberCode, form);
        }
        subject.selfAssessed(json(CriteriaSheet.MEMBER.rated(form)), json(facts), scores,
                level(form.apply("proposedMemberLevel")), level(form.apply("committeeProposedLevel")));
    }

    public void recordOrganizationSelfAssessment(String campaignId, String orgCode, Function<String, Object> form) {
        recordCollectiveSelfAssessment(campaignId, SubjectType.PARTY_ORGANIZATION, orgCode, form);
    }

    /**
     * A leader's Mẫu 02 self-assessment at his level, in depth on the office held [P I.2.2]; under a points-based
     * rule set his Mẫu 2A points and the facts it states, of the units he leads among them.
     */
    public void recordLeaderSelfAssessment(String campaignId, String memberCode, Function<String, Object> form) {
        boolean points = campaigns.pointsBased(campaignId);
        subject(campaignId, SubjectType.LEADER, memberCode).selfAssessed(json(CriteriaSheet.MEMBER.rated(form)),
                points ? json(PointsSheet.MEMBER.facts(form)) : null,
                points ? selfScores(campaignId, SubjectType.LEADER, memberCode, form) : null,
                level(form.apply("proposedMemberLevel")), null);
    }

    /**
     * A Mẫu 01 self-assessment: of an organisation's committee or of a leadership collective; under a points-based
     * rule set with its part B, the points and the facts it states.
     */
    public void recordCollectiveSelfAssessment(String campaignId, SubjectType type, String code,
                                               Function<String, Object> form) {
        boolean points = campaigns.pointsBased(campaignId);
        subject(campaignId, type, code).selfAssessed(json(CriteriaSheet.COLLECTIVE.rated(form)),
                points ? json(PointsSheet.COLLECTIVE.facts(form)) : null,
                points ? selfScores(campaignId, type, code, form) : null, level(form.apply("proposedLevel")), null);
    }

    /** The totals computed from the items scored on the subject's sheet, never a total the form could send. */
    private String selfScores(String campaignId, SubjectType type, String code, Function<String, Object> form) {
        Map<String, Object> scores = scoringSheets.scores(campaignId, type, code, form.apply(SelfScoring.ITEMS));
        return scores == null ? json(Map.of()) : json(scores);
    }

    /** Every member of a cell included in the campaign, reviewed or not, by code. */
    @Transactional(readOnly = true)
    public List<CampaignSubject> members(String campaignId, String cellCode) {
        return subjects.findByCampaignIdAndSubjectTypeAndOrganizationCodeOrderBySubjectCode(campaignId,
                SubjectType.MEMBER, cellCode);
    }

    /** The levels the cell's ballot {@code sessionId} proposed; a member without a majority keeps none. */
    public void recordBallotLevels(String campaignId, String sessionId, Map<String, Level> levelsByMember) {
        levelsByMember.forEach((memberCode, level) ->
                subject(campaignId, SubjectType.MEMBER, memberCode).proposedByBallot(level, sessionId));
    }

    /** The organisation's office sent its results and dossier up: from now on it waits for the committee above. */
    public void recordDossierSent(String campaignId, String orgCode, Instant at) {
        subject(campaignId, SubjectType.PARTY_ORGANIZATION, orgCode).dossierSent(at);
    }

    /** The organisation a subject was included under: a member's cell, a collective's or leader's level. */
    @Transactional(readOnly = true)
    public String organizationOf(String campaignId, SubjectType type, String code) {
        return subject(campaignId, type, code).getOrganizationCode();
    }

    /**
     * Grading input {@code criteria}: the subject's self-rated criteria; a leader's those of the Mẫu 02 he wrote at
     * his level, else of his Mẫu 02 as a member.
     */
    @Transactional(readOnly = true)
    public String criteria(String campaignId, String subjectType, String subjectCode) {
        String own = subject(campaignId, SubjectType.valueOf(subjectType), subjectCode).getCriteriaJson();
        if (own == null && SubjectType.valueOf(subjectType) == SubjectType.LEADER) {
            return subjects.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId, SubjectType.MEMBER, subjectCode)
                    .map(CampaignSubject::getCriteriaJson).orElse("[]");
        }
        return own;
    }

    /**
     * Grading input {@code scores} of a points-based rule set, as self-scored; a leader's are those of the Mẫu 2A he
     * wrote at his level, else of his Mẫu 2A as a member (a leader included at his level has a record of his own
     * before he scores himself on it). Null under a rating-based rule set or before the self-assessment.
     */
    @Transactional(readOnly = true)
    public String scores(String campaignId, String subjectType, String subjectCode) {
        SubjectType type = SubjectType.valueOf(subjectType);
        String own = ownRecord(campaignId, type, subjectCode).map(CampaignSubject::getScoresJson).orElse(null);
        if (own == null && type == SubjectType.LEADER) {
            return subjects.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId, SubjectType.MEMBER, subjectCode)
                    .map(CampaignSubject::getScoresJson).orElse(null);
        }
        return own;
    }

    /**
     * Grading input {@code facts}: for a member those stored with the review; for an organisation taken now from
     * the levels decided for its subordinates (members of a cell, organisations under a committee), which are
     * graded first; over them the facts recorded by the roles that know them ({@link SubjectFacts}).
     */
    @Transactional(readOnly = true)
    public String facts(String campaignId, String subjectType, String subjectCode) {
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
        subjects.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId, type, code)
                .map(CampaignSubject::getFactsJson).filter(stored -> stored != null)
                .ifPresent(stored -> facts.putAll(map(stored)));
        return facts;
    }

    /**
     * What the deciding body sees beside the ceiling [P II.2.4], on one line of the session's list: the subject's
     * self-assessed level, the committee's proposal, the cell's secret ballot and the related bodies' opinions; for a
     * party organisation its committee's self-grading vote in place of the proposal and the cell's ballot.
     * "—" where a step gave nothing.
     */
    @Transactional(readOnly = true)
    public String decisionBriefLine(String campaignId, String subjectType, String subjectCode) {
        Map<String, Object> brief = brief(campaignId, subjectType, subjectCode);
        String steps = SubjectType.valueOf(subjectType) == SubjectType.PARTY_ORGANIZATION
                ? "cấp ủy biểu quyết tự xếp loại (phiếu kín): " + selfBallots.brief(campaignId, subjectCode)
                : "cấp ủy đề xuất: " + brief.get("proposedLevel") + "; chi bộ biểu quyết: " + brief.get("ballotLevel");
        String line = "Tự đánh giá: " + brief.get("selfLevel") + "; " + steps;
        List<?> opinions = (List<?>) brief.get("opinions");
        return opinions.isEmpty() ? line : line + "; ý kiến: " + String.join("; ",
                opinions.stream().map(String::valueOf).toList());
    }

    /** The subject's name; a leader's is the member's. */
    @Transactional(readOnly = true)
    public String nameOf(String campaignId, String subjectType, String subjectCode) {
        return ownRecord(campaignId, SubjectType.valueOf(subjectType), subjectCode)
                .map(CampaignSubject::getSubjectName).orElse(subjectCode);
    }

    /** A leader's own record; his record as a member before he is included at his level. */
    private Optional<CampaignSubject> ownRecord(String campaignId, SubjectType type, String subjectCode) {
        return subjects.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId, type, subjectCode)
                .or(() -> type == SubjectType.LEADER ? subjects.findByCampaignIdAndSubjectTypeAndSubjectCode(
                        campaignId, SubjectType.MEMBER, subjectCode) : Optional.empty());
    }

    private Map<String, Object> brief(String campaignId, String subjectType, String subjectCode) {
        SubjectType type = SubjectType.valueOf(subjectType);
        Optional<CampaignSubject> subject = ownRecord(campaignId, type, subjectCode);
        Map<String, Object> brief = new LinkedHashMap<>();
        brief.put("selfLevel", label(subject.map(CampaignSubject::getSelfLevel)));
        brief.put("proposedLevel", label(subject.map(CampaignSubject::getCommitteeLevel)));
        brief.put("ballotLevel", label(subject.map(CampaignSubject::getBallotLevel)));
        brief.put("opinions", opinions.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId, type, subjectCode)
                .stream().map(opinion -> bodyName(opinion.getBodyCode()) + ": " + opinion.getLevel().label()).toList());
        return brief;
    }

    private String bodyName(String code) {
        return bodies.findByCode(code).map(PartyBody::getName).orElse(code);
    }

    private static String label(Optional<Level> level) {
        return level.map(Level::label).orElse("—");
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
        return facts;
    }

    private void include(String campaignId, SubjectType type, String code, String name, String orgCode,
                         SubjectStatus status) {
        if (subjects.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId, type, code).isEmpty()) {
            subjects.save(new CampaignSubject(campaignId, type, code, name, orgCode, status));
        }
    }

    private CampaignSubject subject(String campaignId, SubjectType type, String code) {
        return subjects.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId, type, code)
                .orElseThrow(() -> new IllegalStateException("Đối tượng " + code + " chưa có trong đợt " + campaignId));
    }

    private Map<String, Object> map(String json) {
        try {
            return mapper.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Level level(Object value) {
        return value == null ? null : Level.valueOf(value.toString());
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
