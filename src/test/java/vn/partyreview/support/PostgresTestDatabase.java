package vn.partyreview.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code -Dpartyreview.test.database=postgres} (set by the failsafe run of {@code ./mvnw verify}), every
 * Spring test context gets its own fresh database on a real PostgreSQL server started once per JVM from the
 * embedded binaries on Maven Central; otherwise the tests run on in-memory H2.
 */
public class PostgresTestDatabase implements EnvironmentPostProcessor {

    public static final String SWITCH = "partyreview.test.database";
    public static final String USER = "postgres";
    /** With this switch set to true the server keeps statement statistics ({@code pg_stat_statements}). */
    public static final String STATEMENTS = "partyreview.test.postgres.statements";

    private static EmbeddedPostgres server;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"postgres".equals(System.getProperty(SWITCH))) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("postgres-test-database", Map.of(
                "spring.datasource.url", freshDatabase(),
                "spring.datasource.username", USER,
                "spring.datasource.password", USER)));
    }

    /**
     * The JDBC URL of a new, empty database on the embedded server (user and password {@value #USER}), whatever
     * the switch says: for tests that start application nodes of their own on one database.
     */
    public static String freshDatabase() {
        String database = "t" + UUID.randomUUID().toString().replace("-", "");
        createDatabase(database);
        return server().getJdbcUrl(USER, database);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                if (Boolean.getBoolean(STATEMENTS)) {
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
                }
                server = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting anyway
                }
            }));
        }
        return server;
    }

    private static void createDatabase(String name) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
    }
}
