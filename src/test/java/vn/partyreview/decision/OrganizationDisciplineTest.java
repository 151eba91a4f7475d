package vn.partyreview.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.partyreview.grading.rules.Discipline;

/**
 * QĐ 366-QĐ/TW Đ11: a party organisation reaches HTXSNV only when no subordinate unit and no member of its leadership
 * was disciplined, and a member of its committee disciplined from khiển trách up is a knock-out. The inspection
 * records decide; the organisation's own Mẫu 01 may add a "yes" but never lifts a recorded fact. Blank: not stated,
 * or (result) left out.
 */
class OrganizationDisciplineTest {

    @ParameterizedTest(name = "Đ11: stated {0}, subordinate recorded {1}, committee member {2} -> {3}, {4}")
    @CsvSource({
            // stated | subordinate | committee member | subordinateOrMemberDisciplined | memberDisciplined...
            ",      false, NONE,        ,      ",
            "false, false, NONE,        false, ",
            "true,  false, NONE,        true,  ",
            "false, true,  NONE,        true,  ",
            ",      true,  NONE,        true,  ",
            "false, false, KHIEN_TRACH, true,  true",
            "false, false, CANH_CAO,    true,  true",
            ",      false, KHAI_TRU,    true,  true",
            "true,  true,  CACH_CHUC,   true,  true",
    })
    void theRecordsDecideAndAStatementOnlyAddsAYes(Boolean stated, boolean subordinate, Discipline member,
                                                   Boolean subordinateOrMember, Boolean memberDisciplined) {
        Map<String, Object> said = new LinkedHashMap<>();
        if (stated != null) {
            said.put(OrganizationDiscipline.SUBORDINATE_OR_MEMBER, stated);
        }

        Map<String, Object> facts = OrganizationDiscipline.facts(said, subordinate, member);

        assertThat(facts.get(OrganizationDiscipline.SUBORDINATE_OR_MEMBER)).isEqualTo(subordinateOrMember);
        assertThat(facts.get(OrganizationDiscipline.MEMBER)).isEqualTo(memberDisciplined);
    }

    @ParameterizedTest(name = "Đ11: a committee member stated disciplined ({0}) with {1} recorded -> {2}")
    @CsvSource({
            "true,  NONE,        true",
            "false, NONE,        false",
            "false, KHIEN_TRACH, true",
    })
    void aStatedMemberDisciplineStaysOrIsOverruledUpwards(boolean stated, Discipline member, boolean expected) {
        Map<String, Object> facts = OrganizationDiscipline.facts(
                Map.of(OrganizationDiscipline.MEMBER, stated), false, member);

        assertThat(facts.get(OrganizationDiscipline.MEMBER)).isEqualTo(expected);
    }
}
