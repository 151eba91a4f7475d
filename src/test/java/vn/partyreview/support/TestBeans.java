package vn.partyreview.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Test-only beans of the one shared application context of all {@link SpringAppTest} classes. */
@TestConfiguration
class TestBeans {

    @Bean
    Canary canary() {
        return new Canary();
    }
}
