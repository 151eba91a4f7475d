package vn.partyreview.ballot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.partyreview.grading.rules.Level;

/**
 * Reads a filled ballot sheet as the counting committee reads a paper one: one level per subject, in the session's
 * order. A sheet the voter would spoil (a subject left blank, a level not offered for that subject, a subject of
 * another session) is refused so the voter can correct it before it is cast. Refusal messages name the row, never
 * a level.
 */
final class BallotSheet {

    static final String NOT_MATCHING = "Phiếu bầu không khớp danh sách đối tượng biểu quyết của phiên.";
    static final String BLANK = "Phiếu bầu chưa chọn mức xếp loại cho đối tượng số %d: mỗi đối tượng phải được chọn "
            + "đúng một mức, phiếu bỏ trống là phiếu không hợp lệ.";
    static final String NOT_OFFERED = "Mức xếp loại chọn cho đối tượng số %d không có trong các mức được phép của "
            + "đối tượng này.";

    private BallotSheet() {
    }

    /** Tasklist's rows: the level code chosen on each row, in the session's order of subjects. */
    static Ballot fromRows(List<String> codes, List<BallotSubject> subjects) {
        if (codes.size() != subjects.size()) {
            throw new BallotRefusedException(NOT_MATCHING);
        }
        Map<String, Level> choices = new LinkedHashMap<>();
        for (int i = 0; i < subjects.size(); i++) {
            choices.put(subjects.get(i).id(), level(codes.get(i), subjects.get(i), i + 1));
        }
        return new Ballot(choices);
    }

    /** The whole sheet as one JSON list of {@code {"id": subject, "level": code}}, one row per subject. */
    static Ballot read(JsonNode rows, List<BallotSubject> subjects) {
        if (!rows.isArray() || rows.size() != subjects.size()) {
            throw new BallotRefusedException(NOT_MATCHING);
        }
        Map<String, String> codes = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            String subjectId = row.path("id").asText(null);
            if (subjectId == null || codes.containsKey(subjectId)) {
                throw new BallotRefusedException(NOT_MATCHING);
            }
            codes.put(subjectId, row.path("level").asText(""));
        }
        List<String> inOrder = new ArrayList<>();
        for (BallotSubject subject : subjects) {
            if (!codes.containsKey(subject.id())) {
                throw new BallotRefusedException(NOT_MATCHING);
            }
            inOrder.add(codes.get(subject.id()));
        }
        return fromRows(inOrder, subjects);
    }

    private static Level level(String code, BallotSubject subject, int row) {
        if (code == null || code.isBlank()) {
            throw new BallotRefusedException(BLANK.formatted(row));
        }
        for (Level level : subject.allowedLevels()) {
            if (level.name().equals(code)) {
                return level;
            }
        }
        throw new BallotRefusedException(NOT_OFFERED.formatted(row));
    }
}
