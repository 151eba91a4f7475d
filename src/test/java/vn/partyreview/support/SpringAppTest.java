package vn.partyreview.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application on a random port. Tagged {@code spring}: {@code ./mvnw verify} runs these
 * again against real PostgreSQL.
 * <p>All such tests share one application context: do not add {@code @MockBean}, {@code @TestPropertySource} or
 * nested test configurations to them. Spring starts a differing context before it closes the cached one, and two
 * process engines named "default" cannot be registered in one JVM. Shared test beans go into {@link TestBeans}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("spring")
@AutoConfigureMockMvc
@Import(TestBeans.class)
public @interface SpringAppTest {
}
