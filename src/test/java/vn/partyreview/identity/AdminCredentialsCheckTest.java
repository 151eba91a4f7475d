package vn.partyreview.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Production refuses to start without administrator credentials, and never with the demo ones. */
class AdminCredentialsCheckTest {

    private final AdminCredentialsCheck check = new AdminCredentialsCheck();

    @Test
    void refusesToStartWithoutCredentials() {
        assertThatThrownBy(() -> check.postProcessEnvironment(environment("postgres", "", ""), null))
                .hasMessageContaining("PARTYREVIEW_ADMIN_ID");
    }

    @Test
    void refusesTheDemoPasswordOutsideTheDemoProfile() {
        assertThatThrownBy(() -> check.postProcessEnvironment(environment("postgres", "demo", "demo"), null))
                .hasMessageContaining("too weak");
    }

    @Test
    void acceptsDemoCredentialsInTheDemoRunAndStrongOnesInProduction() {
        assertThatCode(() -> check.postProcessEnvironment(environment("demo", "demo", "demo"), null))
                .doesNotThrowAnyException();
        assertThatCode(() -> check.postProcessEnvironment(
                environment("postgres", "quantri", "Mat-khau-rat-dai-2026"), null)).doesNotThrowAnyException();
    }

    private static StandardEnvironment environment(String profile, String id, String password) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles(profile);
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("partyreview.admin.id", id, "partyreview.admin.password", password)));
        return environment;
    }
}
