package vn.partyreview.subjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.partyreview.member.PositionHolders;
import vn.partyreview.collective.LeadershipCollective;
import vn.partyreview.collective.LeadershipCollectiveRepository;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PositionRole;
import vn.partyreview.organization.BodyKind;
import vn.partyreview.organization.CellCategory;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationKind;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBody;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.subjects.LeadershipAssignments;

/**
 * Every kind of leadership collective, and every kind of leader, is decided by its competent body, with those
 * equivalent to it [H II.3.4, P II.3.4, P II.4; SPEC §14], read from the organisation tree and the posts alone.
 */
class CollectiveDecidingBodiesTest {

    private final List<Organization> orgs = new ArrayList<>();
    private final List<PartyBody> bodyList = new ArrayList<>();
    private final List<LeadershipCollective> collectiveList = new ArrayList<>();
    private final List<PartyMember> people = new ArrayList<>();

    private final Organization district = org("QU-LONGBIEN", OrganizationKind.DISTRICT_COMMITTEE, null);
    private final Organization ward = org("DU-GIANGBIEN", OrganizationKind.BASIC_COMMITTEE, district);
    private final Organization otherWard = org("DU-NGOCTHUY", OrganizationKind.BASIC_COMMITTEE, district);
    private final Organization basicCell = org("CB-CQQU", OrganizationKind.BASIC_CELL, district);
    private final Organization cell1 = org("CB-TDP01", OrganizationKind.CELL, ward);
    private final Organization cell3 = org("CB-TDP03", OrganizationKind.CELL, ward);
    private final PartyMember head = new PartyMember("DV0010", "hungnv", "Nguyễn Văn Hùng", cell1,
            LocalDate.of(1995, 2, 3), MemberStatus.ACTIVE, true);

    private final LeadershipAssignments assignments;

    CollectiveDecidingBodiesTest() {
        PartyBody ubndDistrict = body("UBND-LONGBIEN", BodyKind.UBND_LEADERSHIP, district);
        PartyBody mttqDistrict = body("MTTQ-LONGBIEN", BodyKind.MTTQ_STANDING, district);
        PartyBody ccbDistrict = body("CCB-LONGBIEN", BodyKind.MASS_ORGANIZATION, district);
        body("PN-LONGBIEN", BodyKind.MASS_ORGANIZATION, district);
        collective("BTV-QU-LONGBIEN", district, null);
        collective("LD-UBND-LONGBIEN", null, ubndDistrict);
        collective("BTT-MTTQ-LONGBIEN", null, mttqDistrict);
        collective("BTV-CCB-LONGBIEN", null, ccbDistrict);
        collective("LD-BTC-LONGBIEN", null, body("BTC-LONGBIEN", BodyKind.ADVISORY_BODY, district));
        collective("LD-VP-LONGBIEN", null, body("VP-LONGBIEN", BodyKind.ADVISORY_BODY, district));
        collective("LD-PNV-LONGBIEN", null, body("PNV-LONGBIEN", BodyKind.PUBLIC_UNIT, district));
        collective("BCH-DU-GIANGBIEN", ward, null);
        collective("BCH-DU-NGOCTHUY", otherWard, null);
        collective("CU-CB-CQQU", basicCell, null);
        collective("CU-CB-TDP01", cell1, null);
        collective("CU-CB-TDP03", cell3, null);
        collective("LD-UBND-GIANGBIEN", null, body("UBND-GIANGBIEN", BodyKind.UBND_LEADERSHIP, ward));
        collective("BTT-MTTQ-GIANGBIEN", null, body("MTTQ-GIANGBIEN", BodyKind.MTTQ_STANDING, ward));
        collective("BTV-CCB-GIANGBIEN", null, body("CCB-GIANGBIEN", BodyKind.MASS_ORGANIZATION, ward));
        collective("BTV-DTN-GIANGBIEN", null, body("DTN-GIANGBIEN", BodyKind.MASS_ORGANIZATION, ward));
        // the ward secretary, also a member of the district committee (as ward secretaries often are)
        head.addPosition(PositionRole.SECRETARY, ward, null, "Bí thư Đảng ủy phường");
        head.addPosition(PositionRole.COMMITTEE_MEMBER, district, null, "Quận ủy viên");
        people.add(head);
        person("DV0012", PositionRole.BODY_HEAD, null, body("UBND-GIANGBIEN"), "Chủ tịch UBND phường");
        person("DV0015", PositionRole.COMMITTEE_MEMBER, ward, null, "Đảng ủy viên");
        person("DV0032", PositionRole.BODY_DEPUTY, null, body("MTTQ-GIANGBIEN"), "Phó Chủ tịch UB MTTQ phường");
        person("DV0017", PositionRole.BODY_HEAD, null, body("CCB-GIANGBIEN"), "Chủ tịch Hội Cựu chiến binh phường");
        person("DV0082", PositionRole.COMMITTEE_MEMBER, district, null, "Quận ủy viên");
        person("DV0090", PositionRole.BODY_HEAD, null, mttqDistrict, "Chủ tịch UB MTTQ quận");
        person("DV0080", PositionRole.SECRETARY, district, null, "Bí thư Quận ủy");
        person("DV0081", PositionRole.BODY_DEPUTY, null, ubndDistrict, "Phó Chủ tịch UBND quận");
        person("DV0051", PositionRole.VICE_PRINCIPAL, basicCell, null, "Phó Hiệu trưởng");
        OrganizationRepository organizations = organizations();
        PartyBodyRepository bodies = bodies();
        LeadershipCollectiveRepository collectives = collectives();
        assignments = new LeadershipAssignments(organizations, bodies, collectives,
                new LevelLeaders(organizations, bodies, collectives, holders()));
    }

    @ParameterizedTest(name = "{0} is decided by {1} in {2}")
    @CsvSource({
            // [H II.3.4a] BTV Huyện ủy decides the BTV, the cấp ủy of basic organisations, the district's bodies
            "BTV-QU-LONGBIEN,    QU-LONGBIEN.standing,   QU-LONGBIEN/DISTRICT_COMMITTEE,     QU-LONGBIEN.organizing",
            "BCH-DU-GIANGBIEN,   QU-LONGBIEN.standing,   QU-LONGBIEN/BASIC_COMMITTEE,        QU-LONGBIEN.organizing",
            "CU-CB-CQQU,         QU-LONGBIEN.standing,   QU-LONGBIEN/BASIC_COMMITTEE,        QU-LONGBIEN.organizing",
            "LD-UBND-LONGBIEN,   QU-LONGBIEN.standing,   QU-LONGBIEN/LEADERSHIP_COLLECTIVE,  QU-LONGBIEN.organizing",
            "BTV-CCB-LONGBIEN,   QU-LONGBIEN.standing,   QU-LONGBIEN/LEADERSHIP_COLLECTIVE,  QU-LONGBIEN.organizing",
            // the leadership of the district committee's advisory bodies
            "LD-BTC-LONGBIEN,    QU-LONGBIEN.standing,   QU-LONGBIEN/ADVISORY_COLLECTIVE,    QU-LONGBIEN.organizing",
            // [H II.3.4a] UBND huyện decides its departments and public units, and compiles for itself
            "LD-PNV-LONGBIEN,    UBND-LONGBIEN.leaders,  QU-LONGBIEN/PUBLIC_UNIT_COLLECTIVE, UBND-LONGBIEN.leaders",
            // [H II.3.4b] the Đảng ủy decides the chi ủy of its cells and the ward's bodies
            "CU-CB-TDP01,        DU-GIANGBIEN.committee, DU-GIANGBIEN/CELL_COMMITTEE,        DU-GIANGBIEN.office",
            "LD-UBND-GIANGBIEN,  DU-GIANGBIEN.committee, DU-GIANGBIEN/LEADERSHIP_COLLECTIVE, DU-GIANGBIEN.office",
            "BTT-MTTQ-GIANGBIEN, DU-GIANGBIEN.committee, DU-GIANGBIEN/LEADERSHIP_COLLECTIVE, DU-GIANGBIEN.office",
    })
    void eachCollectiveIsDecidedByItsCompetentBody(String code, String decidingGroup, String quotaGroup,
                                                   String appraisingGroup) {
        LeadershipAssignments.CollectiveAssignment collective = assignments.forCollective(code, "any");

        assertThat(collective.decidingGroup()).isEqualTo(decidingGroup);
        assertThat(collective.quotaGroup()).isEqualTo(quotaGroup);
        assertThat(assignments.appraisingGroup(code)).isEqualTo(appraisingGroup);
        assertThat(collective.headUserId()).isEqualTo("hungnv");
    }

    @Test
    void equivalentCollectivesOfTheCampaignAreDecidedTogether() {
        Predicate<Organization> wholeDistrict = org -> true;
        Predicate<Organization> wardOnly = org -> org == ward || org.getParent() == ward;

        assertThat(assignments.decidedTogether("BCH-DU-GIANGBIEN", wholeDistrict))
                .containsExactly("BCH-DU-GIANGBIEN", "BCH-DU-NGOCTHUY", "CU-CB-CQQU");
        assertThat(assignments.decidedTogether("BCH-DU-GIANGBIEN", wardOnly)).containsExactly("BCH-DU-GIANGBIEN");
        assertThat(assignments.decidedTogether("CU-CB-TDP03", wardOnly)).containsExactly("CU-CB-TDP01", "CU-CB-TDP03");
        assertThat(assignments.decidedTogether("BTV-DTN-GIANGBIEN", wardOnly)).containsExactly(
                "BTT-MTTQ-GIANGBIEN", "BTV-CCB-GIANGBIEN", "BTV-DTN-GIANGBIEN", "LD-UBND-GIANGBIEN");
        assertThat(assignments.decidedTogether("LD-BTC-LONGBIEN", wholeDistrict))
                .containsExactly("LD-BTC-LONGBIEN", "LD-VP-LONGBIEN");
        assertThat(assignments.decidedTogether("LD-PNV-LONGBIEN", wholeDistrict)).containsExactly("LD-PNV-LONGBIEN");
        assertThat(assignments.decidedTogether("BTV-QU-LONGBIEN", wholeDistrict)).containsExactly("BTV-QU-LONGBIEN");
    }

    @Test
    void theLevelGradesItsBodiesAndItsCellsCommitteesBeforeItselfAndItsOwnCommitteeAfter() {
        assertThat(assignments.collectivesBeforeCommittee(ward)).containsExactly("BTT-MTTQ-GIANGBIEN",
                "BTV-CCB-GIANGBIEN", "BTV-DTN-GIANGBIEN", "CU-CB-TDP01", "CU-CB-TDP03", "LD-UBND-GIANGBIEN");
        assertThat(assignments.ownCollectives(ward)).containsExactly("BCH-DU-GIANGBIEN");
        assertThat(assignments.collectivesBeforeCommittee(district)).containsExactly("BTT-MTTQ-LONGBIEN",
                "BTV-CCB-LONGBIEN", "CU-CB-CQQU", "LD-BTC-LONGBIEN", "LD-PNV-LONGBIEN", "LD-UBND-LONGBIEN",
                "LD-VP-LONGBIEN");
        assertThat(assignments.ownCollectives(district)).containsExactly("BTV-QU-LONGBIEN");
        assertThat(assignments.ownCollectives(cell1)).isEmpty();
    }

    @Test
    void aWardsMttqAndMassOrganisationsHearTheSameBodyOfTheDistrictOnly() {
        // [P II.3.5 B2] the district's MTTQ and mass organisations' leadership on the ward's
        assertThat(assignments.opinionBodyCodes("BTT-MTTQ-GIANGBIEN")).containsExactly("MTTQ-LONGBIEN");
        assertThat(assignments.opinionBodyCodes("BTV-CCB-GIANGBIEN")).containsExactly("CCB-LONGBIEN");
        assertThat(assignments.opinionBodyCodes("BTV-DTN-GIANGBIEN")).isEmpty();   // no district youth union on record
        assertThat(assignments.opinionBodyCodes("LD-UBND-GIANGBIEN")).isEmpty();
        assertThat(assignments.opinionBodyCodes("CU-CB-TDP01")).isEmpty();
        assertThat(assignments.opinionBodyCodes("BTT-MTTQ-LONGBIEN")).isEmpty();  // the province is not in the system
    }

    @ParameterizedTest(name = "{0} leading at {1} is decided by {2} in {3}")
    @CsvSource({
            // [P II.4] cán bộ diện Ban Thường vụ Quận ủy quản lý: the ward's secretary and UBND chairman
            "DV0010, DU-GIANGBIEN, QU-LONGBIEN.standing,   DU-GIANGBIEN/LEADER/COMMITTEE_HEAD",
            "DV0012, DU-GIANGBIEN, QU-LONGBIEN.standing,   DU-GIANGBIEN/LEADER/GOVERNMENT_HEAD",
            // the ward's ĐUV and its MTTQ's and mass organisations' leaders: the Đảng ủy that manages them
            "DV0015, DU-GIANGBIEN, DU-GIANGBIEN.committee, DU-GIANGBIEN/LEADER/COMMITTEE_MEMBER",
            "DV0032, DU-GIANGBIEN, DU-GIANGBIEN.committee, DU-GIANGBIEN/LEADER/FRONT_DEPUTY",
            "DV0017, DU-GIANGBIEN, DU-GIANGBIEN.committee, DU-GIANGBIEN/LEADER/FRONT_HEAD",
            // the district's ĐUV (Quận ủy viên) and its MTTQ's head: BTV Quận ủy
            "DV0082, QU-LONGBIEN,  QU-LONGBIEN.standing,   QU-LONGBIEN/LEADER/COMMITTEE_MEMBER",
            "DV0090, QU-LONGBIEN,  QU-LONGBIEN.standing,   QU-LONGBIEN/LEADER/FRONT_HEAD",
    })
    void eachLeaderIsDecidedByTheBodyThatManagesHisPost(String leader, String level, String decidingGroup,
                                                         String quotaGroup) {
        LeadershipAssignments.LeaderAssignment assignment = assignments.forLeader(level, leader);

        assertThat(assignment.decidingGroup()).isEqualTo(decidingGroup);
        assertThat(assignment.quotaGroup()).isEqualTo(quotaGroup);
        assertThat(assignments.leadersOfLevel(organization(level))).contains(leader);
    }

    @ParameterizedTest(name = "{0} leading at {1}: decided in the system {2}, by {3}")
    @CsvSource({
            // the root's own committee and UBND posts, diện BTV Thành ủy quản lý: reported up, outside [H C.4]
            "DV0080, QU-LONGBIEN,  false, QU-LONGBIEN.standing",
            "DV0081, QU-LONGBIEN,  false, QU-LONGBIEN.standing",
            // diện BTV Quận ủy quản lý added by the plan, and what the level's committee manages, stay inside [P II.4]
            "DV0051, QU-LONGBIEN,  true,  QU-LONGBIEN.standing",
            "DV0082, QU-LONGBIEN,  true,  QU-LONGBIEN.standing",
            "DV0090, QU-LONGBIEN,  true,  QU-LONGBIEN.standing",
            // a ward's secretary: BTV Quận ủy, in the system above the ward, whatever the campaign's root
            "DV0010, DU-GIANGBIEN, true,  QU-LONGBIEN.standing"})
    void aRootsLeaderManagedAboveItIsSentUpNotDecidedInside(String leader, String level, boolean inSystem,
                                                             String group) {
        LeadershipAssignments.LeaderAssignment assignment = assignments.forLeader(level, leader);

        assertThat(assignment.decidedInSystem()).isEqualTo(inSystem);
        assertThat(assignment.decidingGroup()).isEqualTo(group);
    }

    @Test
    void aWardSecretaryOnTheDistrictCommitteeIsReviewedAtBothLevelsAndGradedOnceAtTheWard() {
        // reviewed before the ward's and the district's collectives [P II.4, "ở nhiều nơi"]
        assertThat(new LevelLeaders(organizations(), bodies(), collectives(), holders()).of("QU-LONGBIEN"))
                .extracting(LevelLeaders.LevelLeader::memberCode).contains("DV0010", "DV0082", "DV0090");
        // graded once, with the ward secretaries, by the body that manages that post; not again at the district
        assertThat(assignments.leadersOfLevel(ward)).contains("DV0010");
        assertThat(assignments.leadersOfLevel(district)).contains("DV0082", "DV0090").doesNotContain("DV0010");
        assertThat(assignments.equivalentLeaders("QU-LONGBIEN", "DV0082")).containsExactly("DV0082");
        assertThat(assignments.equivalentLeaders("DU-GIANGBIEN", "DV0015")).containsExactly("DV0015");
    }

    @Test
    void aPublicUnitWithNoUbndOnRecordCannotBeDecided() {
        bodyList.removeIf(body -> body.getCode().equals("UBND-LONGBIEN"));

        assertThatThrownBy(() -> assignments.forCollective("LD-PNV-LONGBIEN", "QU-LONGBIEN"))
                .hasMessageContaining("chưa có Ủy ban nhân dân");
    }

    private Organization org(String code, OrganizationKind kind, Organization parent) {
        Organization org = new Organization(code, code, kind, kind.isCell() ? CellCategory.OTHER : null, parent,
                LocalDate.of(2004, 1, 1));
        orgs.add(org);
        return org;
    }

    private PartyBody body(String code, BodyKind kind, Organization org) {
        PartyBody body = new PartyBody(code, code, kind, org);
        bodyList.add(body);
        return body;
    }

    private void person(String code, PositionRole role, Organization org, PartyBody body, String title) {
        PartyMember person = new PartyMember(code, code.toLowerCase(), code, cell1, LocalDate.of(1980, 1, 1),
                MemberStatus.ACTIVE, true);
        person.addPosition(role, org, body, title);
        people.add(person);
    }

    private Organization organization(String code) {
        return orgs.stream().filter(org -> org.getCode().equals(code)).findFirst().orElseThrow();
    }

    private PartyBody body(String code) {
        return bodyList.stream().filter(body -> body.getCode().equals(code)).findFirst().orElseThrow();
    }

    private PositionHolders holders() {
        PositionHolders repository = mock(PositionHolders.class);
        when(repository.postedInOrganizations(any())).thenAnswer(call -> people.stream()
                .filter(person -> person.getPositions().stream().anyMatch(post -> post.getOrganization() != null
                        && ((Collection<?>) call.getArgument(0)).contains(post.getOrganization()))).toList());
        when(repository.postedInBodies(any())).thenAnswer(call -> people.stream()
                .filter(person -> person.getPositions().stream().anyMatch(post -> post.getBody() != null
                        && ((Collection<?>) call.getArgument(0)).contains(post.getBody()))).toList());
        return repository;
    }

    private void collective(String code, Organization org, PartyBody body) {
        collectiveList.add(new LeadershipCollective(code, code, org, body, head));
    }

    private OrganizationRepository organizations() {
        OrganizationRepository repository = mock(OrganizationRepository.class);
        when(repository.findByParent(any())).thenAnswer(call -> orgs.stream()
                .filter(org -> org.getParent() == call.getArgument(0)).toList());
        when(repository.findByCode(anyString())).thenAnswer(call -> orgs.stream()
                .filter(org -> org.getCode().equals(call.getArgument(0))).findFirst());
        return repository;
    }

    private PartyBodyRepository bodies() {
        PartyBodyRepository repository = mock(PartyBodyRepository.class);
        when(repository.findByOrganization(any())).thenAnswer(call -> bodyList.stream()
                .filter(body -> body.getOrganization() == call.getArgument(0)).toList());
        return repository;
    }

    private LeadershipCollectiveRepository collectives() {
        LeadershipCollectiveRepository repository = mock(LeadershipCollectiveRepository.class);
        when(repository.findByCode(anyString())).thenAnswer(call -> collectiveList.stream()
                .filter(collective -> collective.getCode().equals(call.getArgument(0))).findFirst());
        when(repository.findByBodyIn(any())).thenAnswer(call -> collectiveList.stream()
                .filter(collective -> ((Collection<?>) call.getArgument(0)).contains(collective.getBody())).toList());
        when(repository.findByOrganization(any())).thenAnswer(call -> collectiveList.stream()
                .filter(collective -> collective.getOrganization() == call.getArgument(0)).toList());
        when(repository.findByOrganizationIn(any())).thenAnswer(call -> collectiveList.stream()
                .filter(collective -> collective.getOrganization() != null
                        && ((Collection<?>) call.getArgument(0)).contains(collective.getOrganization())).toList());
        return repository;
    }
}
