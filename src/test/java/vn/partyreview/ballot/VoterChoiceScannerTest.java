package vn.partyreview.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The scanner would catch a leak: a choice next to a voter id in a text or binary column, or in a log line. */
class VoterChoiceScannerTest {

    @Test
    void findsAChoiceStoredNextToAVoterInTextAndBinaryColumns() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:scanner-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table control_text (who varchar(64), what varchar(64))");
            statement.execute("create table control_blob (id int, bytes blob)");
            statement.execute("create table clean (who varchar(64), what varchar(64))");
            statement.execute("insert into control_text values ('voter-7', 'KHTNV')");
            statement.execute("insert into clean values ('voter-7', 'đã bỏ phiếu')");
            statement.execute("insert into clean values ('someone-else', 'HTXSNV')");
            try (PreparedStatement insert = connection.prepareStatement("insert into control_blob values (1, ?)")) {
                insert.setBytes(1, "[{\"voter\":\"voter-8\",\"level\":\"HTTNV\"}]".getBytes(StandardCharsets.UTF_8));
                insert.execute();
            }
        }

        List<VoterChoiceScanner.Row> links = VoterChoiceScanner.links(VoterChoiceScanner.allRows(dataSource),
                List.of("voter-7", "voter-8"));

        assertThat(links).extracting(VoterChoiceScanner.Row::table)
                .containsExactlyInAnyOrder("PUBLIC.\"CONTROL_TEXT\"", "PUBLIC.\"CONTROL_BLOB\"");
    }

    @Test
    void findsAChoiceLoggedNextToAVoter() {
        String log = "INFO started\nDEBUG task completed by voter-7 with level HTNV\nINFO voter-8 has voted\n";

        assertThat(VoterChoiceScanner.linksInLog(log, List.of("voter-7", "voter-8")))
                .containsExactly("DEBUG task completed by voter-7 with level HTNV");
    }
}
