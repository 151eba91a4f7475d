package vn.partyreview.identity;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start without administrator credentials from the environment, and refuses the well-known demo
 * password outside the demo profile: a production install must never come up with demo/demo.
 */
public class AdminCredentialsCheck implements EnvironmentPostProcessor {

    static final String DEMO_PROFILE = "demo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String id = environment.getProperty("partyreview.admin.id", "");
        String password = environment.getProperty("partyreview.admin.password", "");
        if (id.isBlank() || password.isBlank()) {
            throw new IllegalStateException("No administrator configured: set PARTYREVIEW_ADMIN_ID and "
                    + "PARTYREVIEW_ADMIN_PASSWORD (or run the demo profile).");
        }
        boolean demo = Arrays.asList(environment.getActiveProfiles()).contains(DEMO_PROFILE)
                || (environment.getActiveProfiles().length == 0
                && Arrays.asList(environment.getDefaultProfiles()).contains(DEMO_PROFILE));
        if (!demo && (password.length() < 10 || password.equalsIgnoreCase(id) || password.equals("demo"))) {
            throw new IllegalStateException("PARTYREVIEW_ADMIN_PASSWORD is too weak: use at least 10 characters, "
                    + "not the user id and not 'demo'.");
        }
    }
}
