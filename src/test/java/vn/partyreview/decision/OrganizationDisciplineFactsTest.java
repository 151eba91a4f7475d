package vn.partyreview.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.partyreview.campaign.CampaignService;
import vn.partyreview.collective.LeadershipCollective;
import vn.partyreview.collective.LeadershipCollectiveRepository;
import vn.partyreview.facts.SubjectFacts;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.CellCategory;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationKind;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.results.CampaignDecisions;
import vn.partyreview.subjects.CampaignSubject;
import vn.partyreview.subjects.CampaignSubjectRepository;
import vn.partyreview.subjects.CampaignSubjects;
import vn.partyreview.subjects.SubjectStatus;

/**
 * QĐ 366 Đ11 at the decision: a ward whose Mẫu 01 answered "KHONG" to "a subordinate unit or member disciplined"
 * is graded on what the inspection records of the year say of its cells and of the members of its committee.
 */
class OrganizationDisciplineFactsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CAMPAIGN = "7";

    private final CampaignSubjectRepository rows = mock(CampaignSubjectRepository.class);
    private final OrganizationRepository organizations = mock(OrganizationRepository.class);
    private final CampaignDecisions decisions = mock(CampaignDecisions.class);
    private final CampaignService campaigns = mock(CampaignService.class);
    private final LeadershipFacts leadershipFacts = mock(LeadershipFacts.class);
    private final SubjectFacts recorded = mock(SubjectFacts.class);
    private final LeadershipCollectiveRepository collectives = mock(LeadershipCollectiveRepository.class);
    private final GradingInput input = new GradingInput(mock(CampaignSubjects.class), rows, decisions,
            mock(PartyMemberRepository.class), organizations, mock(PartyBodyRepository.class), campaigns,
            leadershipFacts, recorded, collectives, JSON);

    private final Organization ward = new Organization("DU-KL", "Đảng bộ phường KL", OrganizationKind.BASIC_COMMITTEE,
            CellCategory.WARD_COMMITTEE, null, LocalDate.of(2004, 1, 1));
    private final Organization cell = new Organization("CB-KL", "Chi bộ Tổ dân phố KL", OrganizationKind.CELL,
            CellCategory.RESIDENTIAL, ward, LocalDate.of(2004, 1, 1));

    @BeforeEach
    void aWardThatSaidNoneWasDisciplined() {
        CampaignSubject subject = new CampaignSubject(CAMPAIGN, SubjectType.PARTY_ORGANIZATION, "DU-KL", ward.getName(),
                "DU-KL", SubjectStatus.IN_REVIEW);
        subject.selfAssessed("[]", "{\"subordinateOrMemberDisciplined\": false}", "{\"common\": 28, \"tasks\": 65}",
                null, null);
        when(rows.findByCampaignIdAndSubjectTypeAndSubjectCode(CAMPAIGN, SubjectType.PARTY_ORGANIZATION, "DU-KL"))
                .thenReturn(Optional.of(subject));
        when(organizations.findByCode("DU-KL")).thenReturn(Optional.of(ward));
        when(organizations.findByParent(ward)).thenReturn(List.of(cell));
        when(decisions.findByCampaignIdAndCancelledFalse(CAMPAIGN)).thenReturn(List.of());
        when(campaigns.gradingDay(CAMPAIGN)).thenReturn(LocalDate.of(2026, 12, 20));
        when(campaigns.year(CAMPAIGN)).thenReturn(2026);
        when(campaigns.pointsBased(CAMPAIGN)).thenReturn(true);
        when(collectives.findByOrganization(ward)).thenReturn(List.of(
                new LeadershipCollective("BCH-DU-KL", "Ban Chấp hành Đảng bộ phường KL", ward, null, null)));
        when(leadershipFacts.memberCodes("BCH-DU-KL")).thenReturn(Set.of("KL01", "KL02"));
        when(recorded.gradingFacts(any(), any(), any(), anyInt())).thenReturn(Map.of());
        when(recorded.collectiveMemberFacts(eq(CAMPAIGN), any(), eq(2026))).thenReturn(Map.of());
    }

    @Test
    void aCellRecordedDisciplinedOverrulesTheWardsNo() throws Exception {
        when(recorded.anyOrganizationDisciplined(CAMPAIGN, List.of("CB-KL"))).thenReturn(true);

        JsonNode facts = facts();

        assertThat(facts.path("subordinateOrMemberDisciplined").asBoolean()).isTrue();
        assertThat(facts.has("memberDisciplinedKhienTrachOrAbove")).isFalse();
    }

    @Test
    void aCommitteeMemberDisciplinedInTheYearIsBothFacts() throws Exception {
        when(recorded.collectiveMemberFacts(CAMPAIGN, Set.of("KL01", "KL02"), 2026))
                .thenReturn(Map.of("memberDisciplineMax", "KHIEN_TRACH"));

        JsonNode facts = facts();

        assertThat(facts.path("subordinateOrMemberDisciplined").asBoolean()).isTrue();
        assertThat(facts.path("memberDisciplinedKhienTrachOrAbove").asBoolean()).isTrue();
    }

    @Test
    void nothingRecordedKeepsWhatTheWardStated() throws Exception {
        JsonNode facts = facts();

        assertThat(facts.path("subordinateOrMemberDisciplined").isBoolean()).isTrue();
        assertThat(facts.path("subordinateOrMemberDisciplined").asBoolean()).isFalse();
    }

    @Test
    void aRatingBasedCampaignTakesNoneOfIt() throws Exception {
        when(campaigns.pointsBased(CAMPAIGN)).thenReturn(false);
        when(recorded.anyOrganizationDisciplined(any(), any())).thenReturn(true);

        assertThat(facts().path("subordinateOrMemberDisciplined").asBoolean()).isFalse();
    }

    private JsonNode facts() throws Exception {
        return JSON.readTree(input.facts(CAMPAIGN, "PARTY_ORGANIZATION", "DU-KL"));
    }
}
