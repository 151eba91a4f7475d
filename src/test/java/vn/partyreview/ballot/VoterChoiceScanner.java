package vn.partyreview.ballot;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Reads every row of every table (found through JDBC metadata, engine and application alike, binary columns as
 * UTF-8) and reports each row where a voter id appears alongside a choice value. Also scans log text line by line.
 */
final class VoterChoiceScanner {

    /** Any level code; HTNV also matches inside KHTNV, which is fine: any of them is a choice. */
    static final Pattern CHOICE = Pattern.compile("HTXSNV|HTTNV|HTNV|KHTNV");

    record Row(String table, String text) {
    }

    private VoterChoiceScanner() {
    }

    static List<Row> allRows(DataSource dataSource) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables(connection)) {
                try (Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery("select * from " + table)) {
                    ResultSetMetaData meta = result.getMetaData();
                    while (result.next()) {
                        StringBuilder text = new StringBuilder();
                        for (int column = 1; column <= meta.getColumnCount(); column++) {
                            text.append(meta.getColumnName(column)).append('=').append(value(result, column))
                                    .append(" | ");
                        }
                        rows.add(new Row(table, text.toString()));
                    }
                }
            }
        }
        return rows;
    }

    static List<Row> links(Collection<Row> rows, Collection<String> voterIds) {
        return rows.stream()
                .filter(row -> CHOICE.matcher(row.text()).find() && voterIds.stream().anyMatch(row.text()::contains))
                .toList();
    }

    static List<String> linksInLog(String log, Collection<String> voterIds) {
        return log.lines()
                .filter(line -> CHOICE.matcher(line).find() && voterIds.stream().anyMatch(line::contains))
                .toList();
    }

    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet result = meta.getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (result.next()) {
                String schema = result.getString("TABLE_SCHEM");
                if (!"INFORMATION_SCHEMA".equalsIgnoreCase(schema) && !"pg_catalog".equalsIgnoreCase(schema)) {
                    tables.add(schema == null ? result.getString("TABLE_NAME")
                            : schema + ".\"" + result.getString("TABLE_NAME") + "\"");
                }
            }
        }
        return tables;
    }

    private static String value(ResultSet result, int column) throws SQLException {
        Object value = result.getObject(column);
        if (value == null) {
            return "";
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof java.sql.Blob blob) {
            return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
        }
        if (value instanceof java.sql.Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value.toString();
    }
}
