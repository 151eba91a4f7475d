package vn.partyreview.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL the engine runs for one call (Tasklist's filter as a given user), captured from its MyBatis statement log,
 * and PostgreSQL's {@code EXPLAIN (ANALYZE, BUFFERS)} of each select, the parameters bound as literals: what the
 * planner does with the query at the data size of the moment, not a guess.
 */
final class QueryPlans {

    /** Camunda's MyBatis mappers log each statement under the entity's package at DEBUG. */
    private static final String STATEMENT_LOGGER = "org.camunda.bpm.engine.impl.persistence.entity";
    private static final Pattern PARAMETER = Pattern.compile("\\G(?:null|(.*?)\\((\\w+)\\))(?:, |$)");

    /** One captured select with its plan. */
    record Plan(String statement, String sql, String plan, double executionMillis) {
    }

    private QueryPlans() {
    }

    /** Runs {@code call} with the statement log on and returns the selects it ran, in order. */
    static List<String[]> capture(Runnable call) {
        Logger logger = (Logger) LoggerFactory.getLogger(STATEMENT_LOGGER);
        Level level = logger.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        try {
            call.run();
        } finally {
            logger.setLevel(level);
            logger.detachAppender(appender);
        }
        List<String[]> selects = new ArrayList<>();
        // the job executor's threads log into the same loggers meanwhile: pair each statement with its parameters
        // on its own thread, and leave the job acquisition out (the call never runs it)
        Map<String, String> preparing = new HashMap<>();
        for (ILoggingEvent event : appender.list) {
            String message = event.getFormattedMessage();
            String statement = event.getLoggerName().substring(STATEMENT_LOGGER.length() + 1);
            if (message.startsWith("==>  Preparing: ")) {
                preparing.put(event.getThreadName(), message.substring("==>  Preparing: ".length()));
            } else if (message.startsWith("==> Parameters: ")) {
                String sql = preparing.remove(event.getThreadName());
                if (sql != null && sql.stripLeading().toLowerCase().startsWith("select")
                        && !statement.startsWith("JobEntity")) {
                    selects.add(new String[] {statement, bind(sql, message.substring("==> Parameters: ".length()))});
                }
            }
        }
        return selects;
    }

    /** {@code EXPLAIN (ANALYZE, BUFFERS)} of each captured select. */
    static List<Plan> explain(JdbcTemplate jdbc, List<String[]> selects) {
        List<Plan> plans = new ArrayList<>();
        for (String[] select : selects) {
            List<String> lines = jdbc.queryForList("explain (analyze, buffers) " + select[1], String.class);
            String last = lines.get(lines.size() - 1);
            double millis = last.startsWith("Execution Time: ")
                    ? Double.parseDouble(last.replaceAll("[^0-9.]", "")) : Double.NaN;
            plans.add(new Plan(select[0], select[1], String.join("\n", lines), millis));
        }
        return plans;
    }

    /** The SQL with MyBatis's logged parameters ({@code value(Type), ...}) in place of its {@code ?}. */
    static String bind(String sql, String parameters) {
        List<String> literals = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(parameters);
        while (matcher.find() && matcher.end() > matcher.start()) {
            if (matcher.group(2) == null) {
                literals.add("null");
            } else {
                String type = matcher.group(2);
                String value = matcher.group(1);
                literals.add(type.equals("Integer") || type.equals("Long") || type.equals("Boolean")
                        ? value : "'" + value.replace("'", "''") + "'");
            }
        }
        StringBuilder bound = new StringBuilder();
        int next = 0;
        for (char c : sql.toCharArray()) {
            bound.append(c == '?' && next < literals.size() ? literals.get(next++) : String.valueOf(c));
        }
        return bound.toString();
    }
}
