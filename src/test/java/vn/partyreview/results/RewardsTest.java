package vn.partyreview.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.partyreview.grading.GradingDecision;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.CellCategory;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationKind;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.process.JsonVariables;
import vn.partyreview.subjects.ReviewAssignments;

/**
 * Rewards [P II.5]: only the organisation and a cell's members decided HTXSNV in force may be proposed, each once, by
 * the office of the body that decided, with the seeds' titles.
 */
class RewardsTest {

    private final OrganizationRepository organizations = mock(OrganizationRepository.class);
    private final PartyMemberRepository members = mock(PartyMemberRepository.class);
    private final CampaignDecisions decisions = mock(CampaignDecisions.class);
    private final ReviewAssignments review = mock(ReviewAssignments.class);
    private final RewardProposalRepository proposals = mock(RewardProposalRepository.class);
    private final Rewards rewards = new Rewards(organizations, members, decisions, review, proposals,
            new JsonVariables(new ObjectMapper()));

    private final Organization ward = new Organization("DU-GIANGBIEN", "Đảng bộ phường Giang Biên",
            OrganizationKind.BASIC_COMMITTEE, CellCategory.WARD_COMMITTEE, null, LocalDate.of(2004, 1, 1));
    private final Organization cell = new Organization("CB-TDP01", "Chi bộ Tổ dân phố số 1", OrganizationKind.CELL,
            CellCategory.RESIDENTIAL, ward, LocalDate.of(2004, 4, 1));

    @BeforeEach
    void records() {
        when(organizations.findByCode("DU-GIANGBIEN")).thenReturn(Optional.of(ward));
        when(organizations.findByCode("CB-TDP01")).thenReturn(Optional.of(cell));
        when(members.findByOfficialCell(cell)).thenReturn(List.of(member("DV0020", "Nguyễn Văn Bình"),
                member("DV0023", "Nguyễn Thị Lợi")));
        when(review.appraisingGroup("CB-TDP01")).thenReturn("DU-GIANGBIEN.office");
        List<GradingDecision> inForce = List.of(
                decision(SubjectType.PARTY_ORGANIZATION, "CB-TDP01", Level.HTXSNV),
                decision(SubjectType.MEMBER, "DV0020", Level.HTXSNV),
                decision(SubjectType.MEMBER, "DV0023", Level.HTTNV),
                decision(SubjectType.PARTY_ORGANIZATION, "DU-GIANGBIEN", Level.HTTNV));
        when(decisions.findByCampaignIdAndCancelledFalse("7")).thenReturn(inForce);
    }

    @Test
    void theCellAndItsExcellentMemberAreProposedWithTheSeedsTitles() {
        assertThat(rewards.hasCandidates("7", "CB-TDP01")).isTrue();

        rewards.propose("7", "CB-TDP01", List.of("PARTY_ORGANIZATION:CB-TDP01", "MEMBER:DV0020"), "ngocbt");

        ArgumentCaptor<RewardProposal> saved = ArgumentCaptor.forClass(RewardProposal.class);
        verify(proposals, times(2)).save(saved.capture());
        assertThat(saved.getAllValues()).extracting(RewardProposal::getTitle, RewardProposal::getProposedBy,
                RewardProposal::getProposingGroup).containsExactly(
                tuple("Trong sạch, vững mạnh tiêu biểu", "ngocbt", "DU-GIANGBIEN.office"),
                tuple("Hoàn thành xuất sắc nhiệm vụ", "ngocbt", "DU-GIANGBIEN.office"));
    }

    @Test
    void aMemberNotDecidedExcellentIsRefused() {
        assertThatThrownBy(() -> rewards.propose("7", "CB-TDP01", List.of("MEMBER:DV0023"), "ngocbt"))
                .hasMessageContaining("MEMBER:DV0023");
        verify(proposals, never()).save(any());
    }

    @Test
    void aSubjectIsProposedOnce() {
        when(proposals.existsByCampaignIdAndSubjectTypeAndSubjectCode(eq("7"), eq(SubjectType.MEMBER), eq("DV0020")))
                .thenReturn(true);
        rewards.propose("7", "CB-TDP01", List.of("MEMBER:DV0020"), "ngocbt");
        verify(proposals, never()).save(any());
    }

    @Test
    void anOrganisationNotExcellentWithoutCellMembersHasNoCandidate() {
        assertThat(rewards.hasCandidates("7", "DU-GIANGBIEN")).isFalse();
        assertThat(rewards.hasCandidates("8", "CB-TDP01")).isFalse();   // nothing decided in that campaign
    }

    private PartyMember member(String code, String name) {
        return new PartyMember(code, code.toLowerCase(), name, cell, LocalDate.of(2000, 1, 1), MemberStatus.ACTIVE,
                false);
    }

    private static GradingDecision decision(SubjectType type, String subject, Level level) {
        GradingDecision decision = mock(GradingDecision.class);
        when(decision.getSubjectType()).thenReturn(type);
        when(decision.getSubjectId()).thenReturn(subject);
        when(decision.getLevel()).thenReturn(level);
        return decision;
    }
}
