package vn.partyreview.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database did during the timed parts of a run, from PostgreSQL's statistics: committed transactions,
 * rows inserted, updated and deleted (per table too) and WAL bytes. The statistics reach the views up to half a
 * second late, so each reading waits that long (untimed). The harness's own polls for jobs (two reads each) are
 * subtracted from the transactions. On another database every figure stays 0.
 */
final class DatabaseCounters {

    private static final long STATS_DELAY_MILLIS = 600;
    private static final String DATABASE = "select xact_commit + xact_rollback, pg_current_wal_lsn() - '0/0'"
            + " from pg_stat_database where datname = current_database()";
    private static final String TABLES = "select relname, n_tup_ins, n_tup_upd + n_tup_del from pg_stat_user_tables";
    /** The engine's work per member at fan-out: jobs, variables, executions, activity instances created. */
    private static final List<String> CREATED = List.of("act_ru_job", "act_ru_variable", "act_ru_execution",
            "act_hi_actinst", "act_hi_job_log");

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private long transactions;
    private long walBytes;
    private long polls;
    private final Map<String, Long> rowsWritten = new TreeMap<>();
    private final Map<String, Long> rowsInserted = new TreeMap<>();
    private long[] startDatabase;
    private Map<String, long[]> startTables;

    DatabaseCounters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) ->
                connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
    }

    void resume() {
        if (postgres) {
            pauseForStatistics();
            startDatabase = database();
            startTables = tables();
        }
    }

    void pause() {
        if (postgres) {
            pauseForStatistics();
            long[] now = database();
            transactions += now[0] - startDatabase[0];
            walBytes += now[1] - startDatabase[1];
            tables().forEach((table, rows) -> {
                long[] before = startTables.getOrDefault(table, new long[2]);
                rowsInserted.merge(table, rows[0] - before[0], Long::sum);
                rowsWritten.merge(table, rows[0] + rows[1] - before[0] - before[1], Long::sum);
            });
        }
    }

    void polled() {
        polls++;
    }

    /** Transactions, rows written and WAL bytes per completed task, and the five tables most written. */
    String perTask(int tasks) {
        long rows = rowsWritten.values().stream().mapToLong(Long::longValue).sum();
        List<Map.Entry<String, Long>> top = rowsWritten.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6).toList();
        Map<String, String> topPerTask = new LinkedHashMap<>();
        top.forEach(entry -> topPerTask.put(entry.getKey(), "%.1f".formatted(entry.getValue() / (double) tasks)));
        return "xact_per_task=%.1f rows_per_task=%.1f wal_kb_per_task=%.1f top_tables_per_task=%s".formatted(
                (transactions - 2 * polls) / (double) tasks, rows / (double) tasks, walBytes / 1024.0 / tasks,
                topPerTask);
    }

    /** Transactions, rows written and rows created in the engine's main tables per member reached. */
    String perMember(long members) {
        long rows = rowsWritten.values().stream().mapToLong(Long::longValue).sum();
        Map<String, String> created = new LinkedHashMap<>();
        CREATED.forEach(table -> created.put(table, "%.2f".formatted(rowsInserted.getOrDefault(table, 0L)
                / (double) members)));
        return "xact_per_member=%.2f rows_per_member=%.1f created_per_member=%s".formatted(
                (transactions - 2 * polls) / (double) members, rows / (double) members, created);
    }

    private long[] database() {
        return jdbc.queryForObject(DATABASE, (row, n) -> new long[] {row.getLong(1), row.getLong(2)});
    }

    private Map<String, long[]> tables() {
        Map<String, long[]> rows = new TreeMap<>();
        jdbc.query(TABLES, row -> {
            rows.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3)});
        });
        return rows;
    }

    private static void pauseForStatistics() {
        try {
            Thread.sleep(STATS_DELAY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
