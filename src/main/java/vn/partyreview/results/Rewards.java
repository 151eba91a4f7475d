package vn.partyreview.results;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.grading.GradingDecision;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.process.JsonVariables;
import vn.partyreview.subjects.ReviewAssignments;

/**
 * Rewards after the result [P II.5]: the office of the body that decided proposes, among the organisation (when
 * decided HTXSNV: "Trong sạch, vững mạnh tiêu biểu") and a cell's members decided HTXSNV ("Hoàn thành xuất sắc nhiệm
 * vụ"), those to reward; stored in {@code reward_proposal}. Candidates are read from the decisions in force.
 */
@Service("rewards")
@Transactional
public class Rewards {

    static final String ORGANIZATION_TITLE = "Trong sạch, vững mạnh tiêu biểu";
    static final String MEMBER_TITLE = "Hoàn thành xuất sắc nhiệm vụ";

    private final OrganizationRepository organizations;
    private final PartyMemberRepository members;
    private final CampaignDecisions decisions;
    private final ReviewAssignments review;
    private final RewardProposalRepository proposals;
    private final JsonVariables json;

    Rewards(OrganizationRepository organizations, PartyMemberRepository members, CampaignDecisions decisions,
            ReviewAssignments review, RewardProposalRepository proposals, JsonVariables json) {
        this.organizations = organizations;
        this.members = members;
        this.decisions = decisions;
        this.review = review;
        this.proposals = proposals;
        this.json = json;
    }

    /** Whether anyone may be proposed: the organisation or one of its cell's members decided HTXSNV. */
    @Transactional(readOnly = true)
    public boolean hasCandidates(String campaignId, String orgCode) {
        return !candidates(campaignId, orgCode).isEmpty();
    }

    /** The office of the body that decided the organisation (for the district's basic organisations, its Ban Tổ chức). */
    @Transactional(readOnly = true)
    public String proposingGroup(String orgCode) {
        return review.appraisingGroup(orgCode);
    }

    /** The checklist's options: {@code TYPE:code} values, labelled with the subject and the title proposed. */
    @Transactional(readOnly = true)
    public TypedValue choices(String campaignId, String orgCode) {
        return json.spin(candidates(campaignId, orgCode).entrySet().stream()
                .map(candidate -> Map.of("label", candidate.getValue(), "value", candidate.getKey())).toList());
    }

    /** Stores the proposals ticked, each still a candidate in the records; a subject is proposed once. */
    public void propose(String campaignId, String orgCode, Collection<String> ticked, String by) {
        Set<String> candidates = candidates(campaignId, orgCode).keySet();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        String group = proposingGroup(orgCode);
        for (String choice : ticked) {
            if (!candidates.contains(choice)) {
                throw new IllegalStateException(choice + " không được xếp loại Hoàn thành xuất sắc nhiệm vụ");
            }
            SubjectType type = SubjectType.valueOf(choice.substring(0, choice.indexOf(':')));
            String code = choice.substring(choice.indexOf(':') + 1);
            if (!proposals.existsByCampaignIdAndSubjectTypeAndSubjectCode(campaignId, type, code)) {
                proposals.save(new RewardProposal(campaignId, type, code,
                        type == SubjectType.PARTY_ORGANIZATION ? ORGANIZATION_TITLE : MEMBER_TITLE, by, group, now));
            }
        }
    }

    /** Every reward proposed in the campaign, oldest first. */
    @Transactional(readOnly = true)
    public List<RewardProposal> of(String campaignId) {
        return proposals.findByCampaignIdOrderById(campaignId);
    }

    /** {@code TYPE:code} to its label, the organisation first. */
    private Map<String, String> candidates(String campaignId, String orgCode) {
        Organization org = organizations.findByCode(orgCode).orElseThrow();
        Set<String> excellent = decisions.findByCampaignIdAndCancelledFalse(campaignId).stream()
                .filter(decision -> decision.getLevel() == Level.HTXSNV)
                .map(decision -> decision.getSubjectType() + ":" + decision.getSubjectId())
                .collect(Collectors.toSet());
        Map<String, String> candidates = new LinkedHashMap<>();
        String own = SubjectType.PARTY_ORGANIZATION + ":" + org.getCode();
        if (excellent.contains(own)) {
            candidates.put(own, org.getName() + " — " + ORGANIZATION_TITLE);
        }
        if (org.getKind().isCell()) {
            for (PartyMember member : members.findByOfficialCell(org)) {
                String value = SubjectType.MEMBER + ":" + member.getCode();
                if (excellent.contains(value)) {
                    candidates.put(value, member.getFullName() + " — " + MEMBER_TITLE);
                }
            }
        }
        return candidates;
    }
}
