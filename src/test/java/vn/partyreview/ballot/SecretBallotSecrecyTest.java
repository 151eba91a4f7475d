package vn.partyreview.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.partyreview.ballot.BallotScenario.Route;
import vn.partyreview.support.SpringAppTest;

/**
 * SPEC §6: once cast, nothing links a voter to a choice. A cell votes through both REST routes (Tasklist's
 * submit-form and complete, with the ballot form's checklists as Tasklist posts them); then every row of every table and the whole log are searched
 * for a voter id next to a choice, while participation and counts are kept and the minutes come out.
 */
@SpringAppTest
@ExtendWith(OutputCaptureExtension.class)
class SecretBallotSecrecyTest {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "test-admin-Secret-1";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    DataSource dataSource;
    @Autowired
    ObjectMapper mapper;

    @Test
    void afterCastingNothingLinksAVoterToAChoice(CapturedOutput output) throws Exception {
        BallotScenario cell = new BallotScenario(engine, "CB-SECRET", 6, "subject-a", "subject-b").provision();
        String instance = cell.start();
        String absent = cell.voters.get(5);
        cell.open(rest, instance, Map.of(absent, Attendance.ABSENT_WITH_APPROVED_REASON));
        String sessionId = cell.sessionId(instance);
        assertThat(cell.taskOf(instance, absent)).as("no ballot for an excused absentee").isNull();

        castOk(cell.cast(rest, instance, cell.voters.get(0), Route.SUBMIT_FORM_JSON, "HTXSNV", "HTNV"));
        castOk(cell.cast(rest, instance, cell.voters.get(1), Route.SUBMIT_FORM_JSON, "HTTNV", "KHTNV"));
        castOk(cell.cast(rest, instance, cell.voters.get(2), Route.COMPLETE_JSON, "HTXSNV", "HTTNV"));

        assertNoLink(cell);
        assertThat(minutes(cell.chair, sessionId).getStatusCode()).as("results hidden while open")
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .variableName(SecretBallot.SHEET).count()).isZero();

        castOk(cell.cast(rest, instance, cell.voters.get(3), Route.COMPLETE_JSON, "HTTNV", "HTNV"));
        castOk(cell.cast(rest, instance, cell.voters.get(4), Route.SUBMIT_FORM_JSON, "HTXSNV", "HTNV"));
        cell.runJobs(instance);

        JsonNode result = mapper.readTree(engine.getRuntimeService()
                .getVariable(instance, SecretBallot.RESULT).toString());
        assertThat(result.get("denominator").asInt()).isEqualTo(5);
        assertThat(result.get("ballotsReturned").asInt()).isEqualTo(5);
        assertThat(result.at("/subjects/0/votes/HTXSNV").asInt()).isEqualTo(3);
        assertThat(result.at("/subjects/0/level").asText()).isEqualTo("HTXSNV");
        assertThat(result.at("/subjects/1/votes/HTNV").asInt()).isEqualTo(3);
        assertThat(result.at("/subjects/1/level").asText()).isEqualTo("HTNV");
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance)
                .taskDefinitionKey(SecretBallot.CAST_TASK).finished().list())
                .as("participation stays visible").hasSize(5);

        assertNoLink(cell);
        assertThat(VoterChoiceScanner.linksInLog(output.getAll(), cell.voters)).isEmpty();
        assertThat(rowsMentioningTheSheet()).isEmpty();
        assertRestShowsNoSheet(instance);

        // the same scan does see a choice the moment one is stored next to a voter
        engine.getRuntimeService().setVariable(instance, "controlLeak", cell.voters.get(0) + " chose HTTNV");
        assertThat(VoterChoiceScanner.links(VoterChoiceScanner.allRows(dataSource), cell.voters)).isNotEmpty();
        engine.getRuntimeService().removeVariable(instance, "controlLeak");
    }

    @Test
    void minutesOfAClosedSessionAreADocxForTheCountingCommitteeOnly() throws Exception {
        BallotScenario cell = new BallotScenario(engine, "CB-MINUTES", 4, "dv-hoa", "dv-lan").provision();
        String instance = cell.start();
        cell.open(rest, instance, Map.of(cell.voters.get(3), Attendance.ABSENT_WITHOUT_REASON));
        String sessionId = cell.sessionId(instance);
        castOk(cell.cast(rest, instance, cell.voters.get(0), Route.SUBMIT_FORM_JSON, "HTXSNV", "HTTNV"));
        castOk(cell.cast(rest, instance, cell.voters.get(1), Route.COMPLETE_JSON, "HTXSNV", "HTNV"));
        ResponseEntity<String> blank = cell.cast(rest, instance, cell.voters.get(2), Route.COMPLETE_JSON, "HTTNV", "");
        assertThat(blank.getStatusCode()).as("a sheet with a row left blank goes back to the voter")
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(blank.getBody()).contains("Mức xếp loại - đối tượng số 2").doesNotContain("HTTNV");
        // the third voter does not correct the sheet: the deadline closes the session without it
        cell.runJobs(instance);
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(instance).activityId("Timer_VotingDeadline").singleResult().getId());
        cell.runJobs(instance);

        ResponseEntity<byte[]> docx = minutes(cell.chair, sessionId);
        assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
        Path copy = Path.of("target", "ballot-minutes", "bien-ban-kiem-phieu.docx");
        Files.createDirectories(copy.getParent());
        Files.write(copy, docx.getBody());
        String text;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
        }
        assertThat(text).contains("BIÊN BẢN KIỂM PHIẾU", "Chi ủy - Chi bộ CB-MINUTES", "Trần Thị Bình",
                "Số phiếu phát ra: 3; số phiếu thu vào: 2; số phiếu hợp lệ: 2; số phiếu không hợp lệ: 0",
                "tổng số làm căn cứ tính kết quả: 4", "Hoàn thành xuất sắc nhiệm vụ", "Không đạt đa số",
                "TM. BAN KIỂM PHIẾU", "THƯ KÝ", "(Ký, ghi rõ họ tên)");
        assertThat(minutes(cell.voters.get(0), sessionId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth(ADMIN, ADMIN_PASSWORD).getForEntity("/api/ballots/" + sessionId
                + "/minutes.docx", byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private void assertNoLink(BallotScenario cell) throws Exception {
        List<VoterChoiceScanner.Row> rows = VoterChoiceScanner.allRows(dataSource);
        assertThat(rows).as("the scan reads the engine's and the app's tables")
                .anyMatch(row -> row.table().toUpperCase().contains("ACT_HI_VARINST"))
                .anyMatch(row -> row.table().toUpperCase().contains("BALLOT_COUNT"));
        assertThat(VoterChoiceScanner.links(rows, cell.voters)).isEmpty();
    }

    /** After closing, the sheet survives nowhere but in the deployed model and form themselves. */
    private List<VoterChoiceScanner.Row> rowsMentioningTheSheet() throws Exception {
        List<VoterChoiceScanner.Row> found = new ArrayList<>();
        for (VoterChoiceScanner.Row row : VoterChoiceScanner.allRows(dataSource)) {
            boolean deployedResource = row.table().toUpperCase().contains("ACT_GE_BYTEARRAY")
                    && Stream.of(".bpmn", ".form").anyMatch(row.text()::contains);
            if (row.text().contains(SecretBallot.SHEET) && !deployedResource) {
                found.add(row);
            }
        }
        return found;
    }

    private void assertRestShowsNoSheet(String instance) {
        TestRestTemplate asAdmin = rest.withBasicAuth(ADMIN, ADMIN_PASSWORD);
        for (String path : List.of("/engine-rest/history/variable-instance?processInstanceId=" + instance,
                "/engine-rest/history/detail?processInstanceId=" + instance,
                "/engine-rest/history/user-operation?processInstanceId=" + instance,
                "/engine-rest/process-instance/" + instance + "/variables")) {
            ResponseEntity<String> answer = asAdmin.getForEntity(path, String.class);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(answer.getBody()).as(path).doesNotContain(SecretBallot.SHEET);
        }
    }

    private ResponseEntity<byte[]> minutes(String userId, String sessionId) {
        return rest.withBasicAuth(userId, BallotScenario.PASSWORD)
                .getForEntity("/api/ballots/" + sessionId + "/minutes.docx", byte[].class);
    }

    private static void castOk(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
    }
}
