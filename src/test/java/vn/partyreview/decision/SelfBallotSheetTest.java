package vn.partyreview.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.partyreview.decision.SelfBallotSheet;
import vn.partyreview.demo.DemoData;
import vn.partyreview.support.SpringAppTest;

/**
 * Who votes an organisation's own level [P II.1.5 B1], read from the demo ward's records: the full members of its
 * committee, or of the whole cell where the cell has no chi ủy; the organisation alone on the sheet, every level open.
 */
@SpringAppTest
class SelfBallotSheetTest {

    @Autowired
    DemoData demoData;
    @Autowired
    SelfBallotSheet sheet;

    @BeforeEach
    void demoWard() {
        demoData.loadIfAbsent();
    }

    @Test
    void theWardCommitteeVotesItsOwnLevel() {
        assertThat(voters("DU-GIANGBIEN")).isEqualTo(
                List.of("dungpv", "haltt", "hieutm", "hungnv", "maihtp", "thanhdv", "tuanna"));
    }

    @Test
    void aCellWithAChiUyVotesInItsChiUyWithoutTheMemberSuspendedFromIt() {
        // CB-TDP03 has a chi ủy viên on record (xuanntt), suspended from the committee's activity
        assertThat(voters("CB-TDP03")).isEqualTo(List.of("honglt", "vinhtq"));
    }

    @Test
    void aCellWithoutAChiUyVotesAsAWholeWithoutTheExemptAndTheProbationary() {
        // CB-TDP01: only a bí thư and a phó bí thư; phucdh is exempt from party activity
        assertThat(voters("CB-TDP01")).isEqualTo(
                List.of("binhnv", "huongpt", "khanhtd", "loint", "tamlv"));
        // CB-SONGDUONG: hienlt is a probationary member and has no vote
        assertThat(voters("CB-SONGDUONG")).isNotEmpty().doesNotContain("hienlt")
                .contains("giangtt", "anhdt");
    }

    @Test
    void theOrganisationAloneIsOnTheSheetWithEveryLevelOpen() throws Exception {
        assertThat(new ObjectMapper().readValue(sheet.subjects("CB-TDP01").getValue().toString(), List.class))
                .isEqualTo(List.of(Map.of("id", "CB-TDP01", "name", "Chi bộ Tổ dân phố số 1")));
        assertThat(sheet.title("CB-TDP01")).isEqualTo("Biểu quyết tự xếp loại chất lượng - Chi bộ Tổ dân phố số 1");
    }

    @SuppressWarnings("unchecked")
    private List<String> voters(String orgCode) {
        return (List<String>) sheet.voters(orgCode).getValue();
    }
}
