package vn.partyreview.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The command's work without the process exit, which only happens when --import is given. */
class ImportCommandTest extends ImportTestBase {

    @Autowired
    ImportCommand command;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void importsADirectoryOfCsvFilesAndPrintsTheUsers(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("organizations.csv"), "code,name,kind\nCL-CB,Chi bộ cơ sở CL,BASIC_CELL\n");
        Files.writeString(directory.resolve("members.csv"), "code,user_id,full_name,official_cell,admitted_on\n"
                + "CL-M1,cl.a,Lý Văn A,CL-CB,1990-01-01\n");
        Files.writeString(directory.resolve("notes.txt"), "not a table");

        int exitCode = command.importFrom(directory, out);

        assertThat(exitCode).isEqualTo(ImportCommand.EXIT_IMPORTED);
        assertThat(printed()).contains("organizations: 1", "members: 1", "cl.a ");
    }

    @Test
    void printsEveryErrorAndExitsWith2(@TempDir Path directory) throws IOException {
        Files.write(directory.resolve("organizations.csv"), bytes("/import/bad-date/organizations.csv"));
        Files.write(directory.resolve("members.csv"), bytes("/import/bad-date/members.csv"));
        Snapshot before = snapshot();

        int exitCode = command.importFrom(directory, out);

        assertThat(exitCode).isEqualTo(ImportCommand.EXIT_REJECTED);
        assertThat(printed()).contains("Tệp có 5 lỗi, chưa nhập dữ liệu nào:",
                "members, dòng 2, cột admitted_on, giá trị '31/02/2020': Ngày không hợp lệ '31/02/2020'");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void exitsWith2ForAnUnreadableWorkbook(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("data.xlsx"), "not a workbook");

        assertThat(command.importFrom(file, out)).isEqualTo(ImportCommand.EXIT_REJECTED);
        assertThat(printed()).contains("Không đọc được tệp Excel");
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
