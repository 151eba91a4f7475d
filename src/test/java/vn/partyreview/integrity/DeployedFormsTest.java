package vn.partyreview.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every form in {@code forms/} is one the server can check as the browser does, and shows process-owned values as
 * {@code disabled} (not submitted by form-js) rather than {@code readonly} (submitted, and so refused by the guard).
 */
class DeployedFormsTest {

    @Test
    void everyFormParsesAndNoFieldIsReadonly() throws IOException {
        List<FormSchema> forms = new ArrayList<>();
        for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
            try (InputStream in = form.getInputStream()) {
                forms.add(FormSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        assertThat(forms).hasSizeGreaterThanOrEqualTo(17);
        assertThat(forms).flatExtracting(FormSchema::fields).noneMatch(FormField::readonly)
                .allSatisfy(field -> assertThat(field.displayName()).isNotBlank());
    }
}
