package vn.partyreview.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The inspection committee's form as the guard judges it: a discipline entry is either empty or complete (level,
 * date, organisation), and names only a member of the cell.
 */
class InspectionConclusionsFormTest {

    private static final SubmissionValidator VALIDATOR = new SubmissionValidator(new HideConditions());
    private static final Map<String, Object> CELL = Map.of("cellMemberOptions", List.of(
            Map.of("label", "Nguyễn Văn An", "value", "DV0001"), Map.of("label", "Trần Thị Bình", "value", "DV0002")));

    @Test
    void noConclusionIsAValidAnswer() throws IOException {
        assertThat(errors(Map.of("cellDisciplined", "KHONG"))).isEmpty();
    }

    @Test
    void aDisciplineEntryNeedsItsLevelDateAndOrganisation() throws IOException {
        assertThat(errors(Map.of("cellDisciplined", "KHONG", "discipline1Member", "DV0002")))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("discipline1Level", "discipline1Date", "discipline1Organization");
        assertThat(errors(Map.of("cellDisciplined", "KHONG", "discipline2Member", "DV0002",
                "discipline2Level", "CANH_CAO", "discipline2Date", "2026-03-15",
                "discipline2Organization", "Chi bộ Tổ dân phố số 1"))).isEmpty();
    }

    @Test
    void onlyMembersOfTheCellAndTheFourDisciplinesAreOffered() throws IOException {
        assertThat(errors(Map.of("cellDisciplined", "KHONG", "discipline1Member", "DV9999",
                "discipline1Level", "PHE_BINH", "discipline1Date", "2026-03-15", "discipline1Organization", "X",
                "degradedMembers", List.of("DV0001", "DV9999"))))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("discipline1Member", "discipline1Level", "degradedMembers");
    }

    private static List<FieldError> errors(Map<String, Object> answer) throws IOException {
        FormSchema form = FormSchema.parse(Files.readString(Path.of("forms/inspection-conclusions.form")));
        return VALIDATOR.validate(form, CampaignWalker.json(new LinkedHashMap<>(answer)), CELL);
    }
}
