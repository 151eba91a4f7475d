package vn.partyreview.ballot;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.grading.rules.Level;

/** Step "Chốt danh sách, kiểm tra số lượng tham dự": reads the caller's inputs and the chair's roll call. */
@Component("openBallotSession")
class OpenBallotSessionDelegate implements JavaDelegate {

    private final BallotOpening opening;
    private final BallotTally tally;
    private final BallotJson json;
    private final SheetLayout sheet;

    OpenBallotSessionDelegate(BallotOpening opening, BallotTally tally, BallotJson json, SheetLayout sheet) {
        this.opening = opening;
        this.tally = tally;
        this.json = json;
        this.sheet = sheet;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BallotSession session = opening.open(new BallotOpening.Request(execution.getProcessInstanceId(),
                (String) execution.getVariable(SecretBallot.TITLE),
                (String) execution.getVariable(SecretBallot.ORGANIZATION),
                (String) execution.getVariable(SecretBallot.CHAIR_GROUP),
                subjects(json.read(execution.getVariable(SecretBallot.SUBJECTS), "Danh sách đối tượng")),
                texts(json.read(execution.getVariable(SecretBallot.VOTERS), "Danh sách triệu tập")),
                roll(json.read(execution.getVariable(SecretBallot.ROLL), "Danh sách điểm danh")),
                deadline(execution.getVariable(SecretBallot.DEADLINE)),
                currentUser(execution)));
        execution.setVariable(SecretBallot.SESSION_ID, session.id());
        execution.setVariable(SecretBallot.VOTING_ENDS, Date.from(session.deadline().toInstant()));
        execution.setVariable(SecretBallot.ATTENDANCE_MET, session.held());
        if (session.held()) {
            sheet.layOut(execution, session.id());
        } else {
            execution.setVariable(SecretBallot.RESULT, tally.resultVariable(tally.result(session)));
        }
    }

    /** The chair who completed the opening form, in this same transaction. */
    private static String currentUser(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    private static List<BallotSubject> subjects(JsonNode rows) {
        List<BallotSubject> subjects = new ArrayList<>();
        for (JsonNode row : rows) {
            subjects.add(new BallotSubject(required(row, "id"), required(row, "name"),
                    row.hasNonNull("allowedLevels") ? levels(row.get("allowedLevels")) : null,
                    row.hasNonNull("brief") ? row.get("brief").asText() : null));
        }
        return subjects;
    }

    private static List<Level> levels(JsonNode codes) {
        List<Level> levels = new ArrayList<>();
        for (JsonNode code : codes) {
            try {
                levels.add(Level.valueOf(code.asText()));
            } catch (IllegalArgumentException unknown) {
                throw new BallotRefusedException("Mức xếp loại được phép không hợp lệ trong danh sách đối tượng.");
            }
        }
        return levels;
    }

    private static List<String> texts(JsonNode rows) {
        List<String> texts = new ArrayList<>();
        rows.forEach(row -> texts.add(row.asText()));
        return texts;
    }

    private static List<RollEntry> roll(JsonNode rows) {
        List<RollEntry> roll = new ArrayList<>();
        for (JsonNode row : rows) {
            try {
                roll.add(new RollEntry(required(row, "voterId"), Attendance.valueOf(required(row, "attendance"))));
            } catch (IllegalArgumentException unknown) {
                throw new BallotRefusedException("Tình trạng tham dự không hợp lệ trong danh sách điểm danh.");
            }
        }
        return roll;
    }

    private static String required(JsonNode row, String field) {
        String value = row.path(field).asText("");
        if (value.isBlank()) {
            throw new BallotRefusedException("Thiếu trường bắt buộc \"" + field + "\" trong dữ liệu phiên bỏ phiếu.");
        }
        return value;
    }

    private static OffsetDateTime deadline(Object value) {
        try {
            return OffsetDateTime.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw new BallotRefusedException("Hạn bỏ phiếu phải là ngày giờ ISO-8601 có múi giờ, ví dụ "
                    + "2026-12-15T17:00:00+07:00.");
        }
    }
}
