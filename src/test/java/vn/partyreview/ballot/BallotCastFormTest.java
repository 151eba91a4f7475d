package vn.partyreview.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The Tasklist ballot form has exactly {@link SecretBallot#SHEET_ROWS} rows, each a subject's name and a required
 * radio group of the levels allowed for it, hidden beyond the session's subjects: what the blank sheet lays out.
 */
class BallotCastFormTest {

    @Test
    void everyRowOfTheSheetIsANameAndItsAllowedLevels() throws Exception {
        JsonNode form;
        try (InputStream in = new ClassPathResource("forms/ballot-cast.form").getInputStream()) {
            form = new ObjectMapper().readTree(in);
        }
        List<JsonNode> radios = new ArrayList<>();
        form.path("components").forEach(component -> {
            if (component.has("key")) {
                radios.add(component);
            }
        });

        assertThat(radios).hasSize(SecretBallot.SHEET_ROWS);
        for (int n = 1; n <= SecretBallot.SHEET_ROWS; n++) {
            JsonNode radio = radios.get(n - 1);
            assertThat(radio.path("type").asText()).isEqualTo("radio");
            assertThat(radio.path("key").asText()).isEqualTo(SecretBallot.row(SecretBallot.SHEET_ROW_PREFIX, n));
            assertThat(radio.path("valuesKey").asText())
                    .isEqualTo(SecretBallot.row(SecretBallot.ROW_LEVELS_PREFIX, n));
            assertThat(radio.path("validate").path("required").asBoolean()).isTrue();
            assertThat(radio.path("conditional").path("hide").asText())
                    .isEqualTo("=" + SecretBallot.ROW_COUNT + " < " + n);
            assertThat(radio.path("label").asText()).isEqualTo("Mức xếp loại - đối tượng số " + n);
        }
        assertThat(form.toString()).contains("{{" + SecretBallot.ROW_NAMES + "[" + SecretBallot.SHEET_ROWS + "]}}");
    }
}
