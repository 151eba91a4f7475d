package vn.partyreview.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU seconds spent by this JVM and by the PostgreSQL server (postmaster, its live backends and the backends it has
 * reaped), and PostgreSQL's statement statistics when the server preloads {@code pg_stat_statements}
 * ({@code -Dpartyreview.test.postgres.statements=true}). CPU seconds per member do not depend on how many other
 * processes share the cores, unlike wall time on this machine. Figures are NaN where unknown (H2, other OS).
 */
final class ServerWork {

    private static final double TICKS_PER_SECOND = 100.0;

    private final JdbcTemplate jdbc;
    private final long postmaster;
    private final boolean statements;

    ServerWork(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postmaster = postmaster(jdbc);
        this.statements = postmaster > 0 && statementStatistics(jdbc);
    }

    /** CPU seconds of this JVM so far. */
    static double appCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** CPU seconds of the database server so far. */
    double databaseCpuSeconds() {
        if (postmaster <= 0) {
            return Double.NaN;
        }
        long[] own = stat(postmaster);
        long ticks = own[0] + own[1] + own[2] + own[3];
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(path -> path.getFileName().toString().matches("\\d+")).toList()) {
                long[] child = stat(Long.parseLong(process.getFileName().toString()));
                if (child[4] == postmaster) {
                    ticks += child[0] + child[1];
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return ticks / TICKS_PER_SECOND;
    }

    void resetStatements() {
        if (statements) {
            jdbc.execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements that took most of the server's time since the reset, one line each. */
    List<String> topStatements(int limit) {
        if (!statements) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        jdbc.query("select calls, total_exec_time, rows, query from pg_stat_statements"
                + " where dbid = (select oid from pg_database where datname = current_database())"
                + " order by total_exec_time desc limit " + limit, row -> {
                    lines.add("calls=%d total_ms=%.0f mean_ms=%.2f rows=%d sql=%s".formatted(row.getLong(1),
                            row.getDouble(2), row.getDouble(2) / row.getLong(1), row.getLong(3),
                            row.getString(4).replaceAll("\\s+", " ")));
                });
        return lines;
    }

    private static long postmaster(JdbcTemplate jdbc) {
        try {
            Long backend = jdbc.queryForObject("select pg_backend_pid()", Long.class);
            return backend == null ? -1 : stat(backend)[4];
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static boolean statementStatistics(JdbcTemplate jdbc) {
        try {
            jdbc.execute("create extension if not exists pg_stat_statements");
            jdbc.execute("select pg_stat_statements_reset()");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** utime, stime, cutime, cstime (clock ticks) and the parent's pid of a process; zeros once it is gone. */
    private static long[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
            return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                    Long.parseLong(fields[14]), Long.parseLong(fields[1])};
        } catch (IOException | RuntimeException e) {
            return new long[5];
        }
    }
}
