package vn.partyreview.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.campaign.CampaignService;
import vn.partyreview.grading.points.SelfScoring;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.subjects.CampaignSubject;
import vn.partyreview.subjects.CampaignSubjects;

/**
 * What a subject's review produced, written on its record so that no process collects results in a shared
 * variable: the Mẫu 01/02 self-assessments (with their points under a points-based rule set), the cell's ballot, the
 * dossier sent up.
 */
@Service
@Transactional
public class ReviewRecords {

    private final CampaignSubjects subjects;
    private final PartyMemberRepository members;
    private final CampaignService campaigns;
    private final ObjectMapper mapper;
    private final SelfScoringSheets scoringSheets;

    ReviewRecords(CampaignSubjects subjects, PartyMemberRepository members, CampaignService campaigns,
                  ObjectMapper mapper, SelfScoringSheets scoringSheets) {
        this.scoringSheets = scoringSheets;
        this.subjects = subjects;
        this.members = members;
        this.campaigns = campaigns;
        this.mapper = mapper;
    }

    /** A member's review is over: with ratings, levels and facts when graded, otherwise reviewed only. */
    public void recordMemberReview(String campaignId, String memberCode, boolean graded, LocalDate gradedAsOf,
                                   Function<String, Object> form) {
        CampaignSubject subject = subjects.subject(campaignId, SubjectType.MEMBER, memberCode);
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

    void recordOrganizationSelfAssessment(String campaignId, String orgCode, Function<String, Object> form) {
        recordCollectiveSelfAssessment(campaignId, SubjectType.PARTY_ORGANIZATION, orgCode, form);
    }

    /**
     * A leader's Mẫu 02 self-assessment at his level, in depth on the office held [P I.2.2]; under a points-based
     * rule set his Mẫu 2A points and the facts it states, of the units he leads among them.
     */
    void recordLeaderSelfAssessment(String campaignId, String memberCode, String orgCode,
                                    Function<String, Object> form) {
        CampaignSubject leader = subjects.subject(campaignId, SubjectType.LEADER, memberCode);
        if (!leader.getOrganizationCode().equals(orgCode)) {
            return;   // reviewed at another level he leads too: graded at his own level only, on that review
        }
        boolean points = campaigns.pointsBased(campaignId);
        leader.selfAssessed(json(CriteriaSheet.MEMBER.rated(form)),
                points ? json(PointsSheet.MEMBER.facts(form)) : null,
                points ? selfScores(campaignId, SubjectType.LEADER, memberCode, form) : null,
                level(form.apply("proposedMemberLevel")), null);
    }

    /**
     * A Mẫu 01 self-assessment: of an organisation's committee or of a leadership collective; under a points-based
     * rule set with its part B, the points and the facts it states; under QĐ 132 an organisation's Biểu as scored.
     */
    void recordCollectiveSelfAssessment(String campaignId, SubjectType type, String code,
                                               Function<String, Object> form) {
        boolean points = campaigns.pointsBased(campaignId);
        CampaignSubject subject = subjects.subject(campaignId, type, code);
        subject.selfAssessed(json(CriteriaSheet.COLLECTIVE.rated(form)),
                points ? json(PointsSheet.COLLECTIVE.facts(form)) : null,
                points ? selfScores(campaignId, type, code, form) : null, level(form.apply("proposedLevel")), null);
        if (!points && type == SubjectType.PARTY_ORGANIZATION) {
            scoringSheets.recordPlanScoring(campaignId, code, form.apply(SelfScoring.ITEMS));
        }
    }

    /** The totals computed from the items scored on the subject's sheet, never a total the form could send. */
    private String selfScores(String campaignId, SubjectType type, String code, Function<String, Object> form) {
        Map<String, Object> scores = scoringSheets.scores(campaignId, type, code, form.apply(SelfScoring.ITEMS));
        return scores == null ? json(Map.of()) : json(scores);
    }

    /** The levels the cell's ballot {@code sessionId} proposed; a member without a majority keeps none. */
    public void recordBallotLevels(String campaignId, String sessionId, Map<String, Level> levelsByMember) {
        levelsByMember.forEach((memberCode, level) ->
                subjects.subject(campaignId, SubjectType.MEMBER, memberCode).proposedByBallot(level, sessionId));
    }

    /** The organisation's office sent its results and dossier up: from now on it waits for the committee above. */
    void recordDossierSent(String campaignId, String orgCode, Instant at) {
        subjects.subject(campaignId, SubjectType.PARTY_ORGANIZATION, orgCode).dossierSent(at);
    }

    /**
     * A leader whose post the body above the root manages: his self-grading goes up with the root's results, to be
     * decided outside the system; from now on he waits for it (SPEC §14).
     */
    void recordLeaderSentUp(String campaignId, String leaderCode, Instant at) {
        subjects.subject(campaignId, SubjectType.LEADER, leaderCode).dossierSent(at);
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
