package vn.partyreview.subjects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.partyreview.member.PositionRole;
import vn.partyreview.subjects.LeaderTitle;

/** Who is a leader of a level, under which title, decided by which body [P II.4, H B.I.2.2, SPEC §14]. */
class LeaderTitleTest {

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
            // the committee's own: Bí thư, Phó Bí thư, UVTV, ĐUV [P II.4, H B.I.2.2]
            "SECRETARY, LEVEL_COMMITTEE, COMMITTEE_HEAD",
            "DEPUTY_SECRETARY, LEVEL_COMMITTEE, COMMITTEE_DEPUTY",
            "STANDING_MEMBER, LEVEL_COMMITTEE, STANDING_MEMBER",
            "COMMITTEE_MEMBER, LEVEL_COMMITTEE, COMMITTEE_MEMBER",
            // heads and deputies of HĐND, UBND [P I.2.2], MTTQ and the mass organisations
            "BODY_HEAD, GOVERNMENT_BODY, GOVERNMENT_HEAD",
            "BODY_DEPUTY, GOVERNMENT_BODY, GOVERNMENT_DEPUTY",
            "BODY_HEAD, FRONT_BODY, FRONT_HEAD",
            "BODY_DEPUTY, FRONT_BODY, FRONT_DEPUTY",
            // Phó Bí thư chi bộ cơ sở, Phó Hiệu trưởng [P II.4 "bổ sung thêm đối tượng"]
            "DEPUTY_SECRETARY, BASIC_CELL_BELOW, BASIC_CELL_DEPUTY_SECRETARY",
            "VICE_PRINCIPAL, CELL_BELOW, VICE_PRINCIPAL",
            "VICE_PRINCIPAL, BASIC_CELL_BELOW, VICE_PRINCIPAL"})
    void postsThatMakeALeaderOfTheLevel(PositionRole role, LeaderTitle.Unit unit, LeaderTitle title) {
        assertThat(LeaderTitle.of(role, unit)).contains(title);
    }

    @ParameterizedTest(name = "{0} in {1}: not a leader of the level")
    @CsvSource({
            "BODY_MEMBER, GOVERNMENT_BODY", "BODY_MEMBER, FRONT_BODY", "OFFICE_STAFF, LEVEL_COMMITTEE",
            "INSPECTION_MEMBER, LEVEL_COMMITTEE", "SUPERVISOR, LEVEL_COMMITTEE",
            // a cell's deputy secretary under a basic committee is a member, graded in the cell
            "DEPUTY_SECRETARY, CELL_BELOW", "SECRETARY, CELL_BELOW", "SECRETARY, BASIC_CELL_BELOW"})
    void otherPostsMakeNoLeader(PositionRole role, LeaderTitle.Unit unit) {
        assertThat(LeaderTitle.of(role, unit)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: head {1}, managed above {2}")
    @CsvSource({
            // the head is reviewed first, a deputy chairing [P I.4.2]; cán bộ diện BTV Quận ủy quản lý [P II.4]
            "COMMITTEE_HEAD, true, true", "GOVERNMENT_HEAD, true, true", "FRONT_HEAD, true, false",
            "COMMITTEE_DEPUTY, false, true", "GOVERNMENT_DEPUTY, false, true", "FRONT_DEPUTY, false, false",
            "STANDING_MEMBER, false, true", "COMMITTEE_MEMBER, false, false",
            "BASIC_CELL_DEPUTY_SECRETARY, false, true", "VICE_PRINCIPAL, false, true"})
    void headsComeFirstAndTheBodyThatManagesTheTitleDecides(LeaderTitle title, boolean head, boolean managedAbove) {
        assertThat(title.head()).isEqualTo(head);
        assertThat(title.managedAbove()).isEqualTo(managedAbove);
    }

    @ParameterizedTest(name = "{0}: managed above the level itself {1}")
    @CsvSource({
            // the level's own posts: the standing committee above; at a root, outside the system [H C.4]
            "COMMITTEE_HEAD, true", "COMMITTEE_DEPUTY, true", "STANDING_MEMBER, true",
            "GOVERNMENT_HEAD, true", "GOVERNMENT_DEPUTY, true",
            // diện BTV Quận ủy quản lý whatever the level [P II.4 "bổ sung thêm đối tượng"]
            "BASIC_CELL_DEPUTY_SECRETARY, false", "VICE_PRINCIPAL, false",
            // the committee of the level
            "COMMITTEE_MEMBER, false", "FRONT_HEAD, false", "FRONT_DEPUTY, false"})
    void theLevelsOwnPostsAreManagedAboveIt(LeaderTitle title, boolean aboveTheLevel) {
        assertThat(title.managedAboveTheLevel()).isEqualTo(aboveTheLevel);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // Bí thư Đảng ủy and Chủ tịch HĐND: graded once, as the committee's head [P II.6 "nhiều chức vụ"]
            "'COMMITTEE_HEAD,GOVERNMENT_HEAD', COMMITTEE_HEAD",
            // Phó Bí thư and Chủ tịch UBND: a head first
            "'COMMITTEE_DEPUTY,GOVERNMENT_HEAD', GOVERNMENT_HEAD",
            // ĐUV and Chủ tịch UB MTTQ
            "'COMMITTEE_MEMBER,FRONT_HEAD', FRONT_HEAD",
            // ĐUV and Phó Chủ tịch UBND
            "'COMMITTEE_MEMBER,GOVERNMENT_DEPUTY', GOVERNMENT_DEPUTY",
            "'STANDING_MEMBER,COMMITTEE_DEPUTY,GOVERNMENT_DEPUTY', COMMITTEE_DEPUTY"})
    void aPersonHoldingSeveralPostsIsGradedOnceUnderTheHighest(String held, LeaderTitle highest) {
        assertThat(LeaderTitle.highest(List.of(held.split(",")).stream().map(LeaderTitle::valueOf).toList()))
                .contains(highest);
    }
}
