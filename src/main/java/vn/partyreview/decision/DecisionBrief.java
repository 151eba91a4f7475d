package vn.partyreview.decision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.grading.points.SelfScorings;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.organization.PartyBody;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.results.SelfBallots;
import vn.partyreview.review.SubjectOpinionRepository;
import vn.partyreview.subjects.CampaignSubject;
import vn.partyreview.subjects.CampaignSubjects;

/** What the deciding body reads of a subject on the session's list: its name and the steps before the decision. */
@Service
@Transactional(readOnly = true)
class DecisionBrief {

    private final CampaignSubjects subjects;
    private final SubjectOpinionRepository opinions;
    private final PartyBodyRepository bodies;
    private final SelfBallots selfBallots;
    private final SelfScorings scorings;

    DecisionBrief(CampaignSubjects subjects, SubjectOpinionRepository opinions, PartyBodyRepository bodies,
                  SelfBallots selfBallots, SelfScorings scorings) {
        this.scorings = scorings;
        this.subjects = subjects;
        this.opinions = opinions;
        this.bodies = bodies;
        this.selfBallots = selfBallots;
    }

    /**
     * What the deciding body sees beside the ceiling [P II.2.4], on one line of the session's list: the subject's
     * self-assessed level, the committee's proposal, the cell's secret ballot and the related bodies' opinions; for a
     * party organisation its committee's self-grading vote in place of the proposal and the cell's ballot, and under
     * QĐ 132 the points of its Biểu.
     * "—" where a step gave nothing.
     */
    String line(String campaignId, String subjectType, String subjectCode) {
        Map<String, Object> brief = brief(campaignId, subjectType, subjectCode);
        String steps = SubjectType.valueOf(subjectType) == SubjectType.PARTY_ORGANIZATION
                ? "cấp ủy biểu quyết tự xếp loại (phiếu kín): " + selfBallots.brief(campaignId, subjectCode)
                : "cấp ủy đề xuất: " + brief.get("proposedLevel") + "; chi bộ biểu quyết: " + brief.get("ballotLevel");
        String line = "Tự đánh giá: " + brief.get("selfLevel") + "; " + brief.get("sheetScoring") + steps;
        List<?> opinions = (List<?>) brief.get("opinions");
        return opinions.isEmpty() ? line : line + "; ý kiến: " + String.join("; ",
                opinions.stream().map(String::valueOf).toList());
    }

    /** The subject's name; a leader's is the member's. */
    String nameOf(String campaignId, String subjectType, String subjectCode) {
        return subjects.ownRecord(campaignId, SubjectType.valueOf(subjectType), subjectCode)
                .map(CampaignSubject::getSubjectName).orElse(subjectCode);
    }

    private Map<String, Object> brief(String campaignId, String subjectType, String subjectCode) {
        SubjectType type = SubjectType.valueOf(subjectType);
        Optional<CampaignSubject> subject = subjects.ownRecord(campaignId, type, subjectCode);
        Map<String, Object> brief = new LinkedHashMap<>();
        brief.put("selfLevel", label(subject.map(CampaignSubject::getSelfLevel)));
        brief.put("proposedLevel", label(subject.map(CampaignSubject::getCommitteeLevel)));
        brief.put("ballotLevel", label(subject.map(CampaignSubject::getBallotLevel)));
        brief.put("sheetScoring", type == SubjectType.PARTY_ORGANIZATION ? planScoring(campaignId, subjectCode) : "");
        brief.put("opinions", opinions.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId, type, subjectCode)
                .stream().map(opinion -> bodyName(opinion.getBodyCode()) + ": " + opinion.getLevel().label()).toList());
        return brief;
    }

    /** QĐ 132: the organisation's Biểu as it scored itself, shown beside its level, never a limit on it. */
    private String planScoring(String campaignId, String orgCode) {
        return scorings.latest(campaignId, SubjectType.PARTY_ORGANIZATION, orgCode)
                .filter(scored -> !scored.kind().nationalTotals())
                .map(scored -> "tự chấm điểm " + scored.summary() + "; ").orElse("");
    }

    private String bodyName(String code) {
        return bodies.findByCode(code).map(PartyBody::getName).orElse(code);
    }

    private static String label(Optional<Level> level) {
        return level.map(Level::label).orElse("—");
    }
}
