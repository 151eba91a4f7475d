package vn.partyreview.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.partyreview.collective.LeadershipCollective;
import vn.partyreview.collective.LeadershipCollectiveRepository;
import vn.partyreview.decision.LeadershipFacts;
import vn.partyreview.grading.DecisionRecord;
import vn.partyreview.grading.GradingDecision;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.BodyKind;
import vn.partyreview.organization.CellCategory;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationKind;
import vn.partyreview.organization.PartyBody;
import vn.partyreview.results.CampaignDecisions;

class LeadershipFactsTest {

    private final LeadershipCollectiveRepository collectives = mock(LeadershipCollectiveRepository.class);
    private final CampaignDecisions decisions = mock(CampaignDecisions.class);
    private final LeadershipFacts facts = new LeadershipFacts(collectives, decisions,
            mock(PartyMemberRepository.class));

    private final Organization ward = new Organization("DU-GIANGBIEN", "Đảng bộ phường Giang Biên",
            OrganizationKind.BASIC_COMMITTEE, CellCategory.WARD_COMMITTEE, null, LocalDate.of(2004, 1, 1));
    private final PartyMember secretary = new PartyMember("DV0010", "hungnv", "Nguyễn Văn Hùng", ward,
            LocalDate.of(2000, 1, 1), MemberStatus.ACTIVE, true);
    private final LeadershipCollective executive = new LeadershipCollective("BCH-DU-GIANGBIEN",
            "Ban Chấp hành Đảng bộ phường", ward, null, secretary);
    private final LeadershipCollective hdnd = new LeadershipCollective("TT-HDND-GIANGBIEN",
            "Thường trực HĐND phường", null,
            new PartyBody("HDND-GIANGBIEN", "Thường trực HĐND phường", BodyKind.HDND_STANDING, ward), secretary);

    @BeforeEach
    void collectivesOfTheWard() {
        when(collectives.findByCode("BCH-DU-GIANGBIEN")).thenReturn(Optional.of(executive));
        when(collectives.findByCode("TT-HDND-GIANGBIEN")).thenReturn(Optional.of(hdnd));
        when(collectives.findByHeadCode("DV0010")).thenReturn(List.of(executive, hdnd));
    }

    @Test
    void aCollectiveOfAPartyOrganisationIsCappedByTheOrganisationsDecidedLevel() {
        decided(decision(SubjectType.PARTY_ORGANIZATION, "DU-GIANGBIEN", Level.HTTNV));

        assertThat(facts.unitLevel("1", "BCH-DU-GIANGBIEN")).contains(Level.HTTNV);
        assertThat(facts.unitLevel("1", "TT-HDND-GIANGBIEN")).as("a body's own level is not graded here").isEmpty();
    }

    @Test
    void aHeadIsCappedByTheLowestLevelOfWhatHeHeads() {
        decided(decision(SubjectType.PARTY_ORGANIZATION, "DU-GIANGBIEN", Level.HTTNV),
                decision(SubjectType.LEADERSHIP_COLLECTIVE, "TT-HDND-GIANGBIEN", Level.HTNV),
                decision(SubjectType.MEMBER, "DV0010", Level.KHTNV));

        assertThat(facts.headedUnitLevel("1", "DV0010")).contains(Level.HTNV);
    }

    @Test
    void nothingDecidedYetLeavesTheFactAbsent() {
        decided();

        assertThat(facts.unitLevel("1", "BCH-DU-GIANGBIEN")).isEmpty();
        assertThat(facts.headedUnitLevel("1", "DV0010")).isEmpty();
    }

    /** [P II.1.4]: the committee's HTXSNV/HTTNV need the same level's government, MTTQ and mass organisations. */
    @Test
    void aCommitteeTakesTheDecidedLevelsOfItsLevelsBodies() {
        PartyBody ubndBody = new PartyBody("UBND-GIANGBIEN", "Lãnh đạo UBND phường", BodyKind.UBND_LEADERSHIP, ward);
        PartyBody mttqBody = new PartyBody("MTTQ-GIANGBIEN", "Ban Thường trực UB MTTQ", BodyKind.MTTQ_STANDING, ward);
        PartyBody womenBody = new PartyBody("PN-GIANGBIEN", "Hội Phụ nữ", BodyKind.MASS_ORGANIZATION, ward);
        PartyBody youthBody = new PartyBody("DTN-GIANGBIEN", "Đoàn Thanh niên", BodyKind.MASS_ORGANIZATION, ward);
        List<PartyBody> bodies = List.of(hdnd.getBody(), ubndBody, mttqBody, womenBody, youthBody);
        when(collectives.findByBodyIn(bodies)).thenReturn(List.of(hdnd,
                new LeadershipCollective("LD-UBND", "Lãnh đạo UBND", null, ubndBody, secretary),
                new LeadershipCollective("BTT-MTTQ", "Ban Thường trực MTTQ", null, mttqBody, secretary),
                new LeadershipCollective("BTV-PN", "Ban Thường vụ Hội Phụ nữ", null, womenBody, secretary),
                new LeadershipCollective("BTV-DTN", "Ban Thường vụ Đoàn", null, youthBody, secretary)));
        decided(decision(SubjectType.LEADERSHIP_COLLECTIVE, "TT-HDND-GIANGBIEN", Level.HTXSNV),
                decision(SubjectType.LEADERSHIP_COLLECTIVE, "LD-UBND", Level.HTTNV),
                decision(SubjectType.LEADERSHIP_COLLECTIVE, "BTT-MTTQ", Level.HTTNV),
                decision(SubjectType.LEADERSHIP_COLLECTIVE, "BTV-PN", Level.KHTNV));

        Map<String, Object> committee = new HashMap<>();
        facts.putSameLevelBodies(committee, "1", bodies);

        assertThat(committee).containsEntry("governmentLevel", "HTTNV").containsEntry("mttqLevel", "HTTNV")
                .containsEntry("massOrganizationLevels", List.of("KHTNV"));
    }

    private void decided(GradingDecision... made) {
        when(decisions.findByCampaignIdAndCancelledFalse("1")).thenReturn(List.of(made));
    }

    private static GradingDecision decision(SubjectType type, String code, Level level) {
        return new GradingDecision(new DecisionRecord("1", type, code, null, level, "hungnv", Instant.now(), null));
    }
}
