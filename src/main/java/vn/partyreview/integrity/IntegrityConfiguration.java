package vn.partyreview.integrity;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;

/** Puts the submission guard in front of every engine API; after Camunda's engine REST authentication filter. */
@Configuration
class IntegrityConfiguration {

    /** The engine REST authentication filter runs at HIGHEST_PRECEDENCE + 10 (identity.SecurityConfiguration). */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    @Bean
    FilterRegistrationBean<SubmissionGuardFilter> submissionGuard(@Lazy ProcessEngine engine,
            @Value("${spring.jersey.application-path:/engine-rest}") String restPath,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
            List<SubmissionRule> rules) {
        List<ApiRoot> roots = List.of(
                new ApiRoot(restPath, ApiRoot.Kind.ENGINE_REST),
                new ApiRoot(webappPath + "/api/engine", ApiRoot.Kind.WEBAPP_ENGINE),
                new ApiRoot(webappPath + "/api/cockpit", ApiRoot.Kind.WEBAPP_PLUGIN),
                new ApiRoot(webappPath + "/api/tasklist", ApiRoot.Kind.WEBAPP_PLUGIN));
        SubmissionGuardFilter guard = new SubmissionGuardFilter(engine,
                new FormBoundSubmissions(engine, new SubmissionValidator(new HideConditions()), rules), roots);
        FilterRegistrationBean<SubmissionGuardFilter> registration = new FilterRegistrationBean<>(guard);
        registration.setName("submission-guard");
        roots.forEach(root -> registration.addUrlPatterns(root.prefix() + "/*"));
        registration.setOrder(ORDER);
        return registration;
    }
}
