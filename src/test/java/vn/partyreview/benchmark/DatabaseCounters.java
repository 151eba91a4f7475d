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
    private static final String TABLES = "select relname, n_tup_ins + n_tup_upd + n_tup_del from pg_stat_user_tables";

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private long transactions;
    private long walBytes;
    private long polls;
    private final Map<String, Long> rowsWritten = new TreeMap<>();
    private long[] startDatabase;
    private Map<String, Long> startTables;

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
            tables().forEach((table, rows) -> rowsWritten.merge(table, rows - startTables.getOrDefault(table, 0L),
                    Long::sum));
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

    private long[] database() {
        return jdbc.queryForObject(DATABASE, (row, n) -> new long[] {row.getLong(1), row.getLong(2)});
    }

    private Map<String, Long> tables() {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.query(TABLES, row -> {
            rows.put(row.getString(1), row.getLong(2));
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
