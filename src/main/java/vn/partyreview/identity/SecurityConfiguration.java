package vn.partyreview.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;

/** Nothing but the login pages is reachable anonymously; the two unpatched 7.24.0 flaws are closed here. */
@Configuration
class SecurityConfiguration {

    /** The engine REST API answers only to HTTP Basic with a Camunda user (it has no authentication by default). */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(
            @Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns(restPath + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(@Lazy IdentityService identityService) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService));
        registration.setName("api-authentication");
        // the /reports/ pages are signed in as the API is: Camunda webapp session or HTTP Basic
        registration.addUrlPatterns("/api/*", "/reports", "/reports/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AdminSetupGuard> adminSetupGuard(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<AdminSetupGuard> registration = new FilterRegistrationBean<>(new AdminSetupGuard());
        registration.setName("admin-setup-guard");
        registration.addUrlPatterns(webappPath + "/api/admin/setup/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    static ProcessEnginePlugin orQueryExpressionGuardPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<CommandInterceptor> required = new ArrayList<>(nullSafe(
                        configuration.getCustomPreCommandInterceptorsTxRequired()));
                required.add(new OrQueryExpressionGuard(configuration));
                configuration.setCustomPreCommandInterceptorsTxRequired(required);
                List<CommandInterceptor> requiresNew = new ArrayList<>(nullSafe(
                        configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
                requiresNew.add(new OrQueryExpressionGuard(configuration));
                configuration.setCustomPreCommandInterceptorsTxRequiresNew(requiresNew);
            }
        };
    }

    @Bean
    static ProcessEnginePlugin groupListAuthorizationsPlugin() {
        return new GroupListAuthorizations.Plugin();
    }

    private static List<CommandInterceptor> nullSafe(List<CommandInterceptor> interceptors) {
        return interceptors == null ? List.of() : interceptors;
    }
}
