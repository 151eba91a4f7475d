package vn.partyreview.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.partyreview.PartyReviewApplication;
import vn.partyreview.ballot.BallotScenario.Route;

/**
 * An unfinished session survives a restart: half the voters cast, the application stops and starts again on the
 * same database (an H2 file), the rest cast, and the tally is exact. Runs on H2 only: the PostgreSQL rerun of
 * {@code verify} gives every new context a fresh database, which a restart test cannot use. Tagged
 * {@code isolated}: it starts its own applications, so it runs in a JVM of its own (see the pom), away from the
 * shared test context whose engine has the same name.
 */
@Tag("isolated")
class SecretBallotRestartTest {

    private static final int VOTERS = 10;

    @TempDir
    Path databaseDirectory;

    @Test
    void halfTheVotesBeforeARestartAndHalfAfterAreAllCounted() throws Exception {
        String instance;
        BallotScenario cell;
        try (ConfigurableApplicationContext app = start()) {
            cell = new BallotScenario(engine(app), "CB-RESTART", VOTERS, "subject-r").provision();
            instance = cell.start();
            cell.open(rest(app), instance, Map.of());
            for (String voter : cell.voters.subList(0, VOTERS / 2)) {
                assertThat(cell.cast(rest(app), instance, voter, Route.SUBMIT_FORM_JSON, "HTTNV").getStatusCode()
                        .is2xxSuccessful()).isTrue();
            }
        }
        try (ConfigurableApplicationContext app = start()) {
            BallotScenario again = new BallotScenario(engine(app), "CB-RESTART", VOTERS, "subject-r");
            for (String voter : again.voters.subList(VOTERS / 2, VOTERS)) {
                assertThat(again.cast(rest(app), instance, voter, Route.COMPLETE_JSON, "HTXSNV").getStatusCode()
                        .is2xxSuccessful()).isTrue();
            }
            again.runJobs(instance);

            JsonNode result = new ObjectMapper().readTree(engine(app).getRuntimeService()
                    .getVariable(instance, SecretBallot.RESULT).toString());
            assertThat(result.get("ballotsReturned").asInt()).isEqualTo(VOTERS);
            assertThat(result.at("/subjects/0/votes/HTXSNV").asInt()).isEqualTo(VOTERS / 2);
            assertThat(result.at("/subjects/0/votes/HTTNV").asInt()).isEqualTo(VOTERS / 2);
            assertThat(result.at("/subjects/0/level").asText()).as("10 of 10 support HTTNV").isEqualTo("HTTNV");
        }
    }

    private ConfigurableApplicationContext start() {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(PartyReviewApplication.class)
                .profiles("test")
                // arguments, not default properties: they must win over the test profile's in-memory database
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + databaseDirectory.resolve("ballot")
                        + ";DB_CLOSE_ON_EXIT=FALSE");
        return app;
    }

    private static ProcessEngine engine(ConfigurableApplicationContext app) {
        return app.getBean(ProcessEngine.class);
    }

    private static TestRestTemplate rest(ConfigurableApplicationContext app) {
        return new TestRestTemplate(new RestTemplateBuilder()
                .rootUri("http://localhost:" + app.getEnvironment().getProperty("local.server.port")));
    }
}
