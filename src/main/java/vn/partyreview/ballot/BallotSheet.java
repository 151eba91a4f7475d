package vn.partyreview.ballot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.partyreview.grading.rules.Level;

/**
 * Reads a filled ballot sheet, rows {@code {"id": subject, "level": code}} as the Tasklist form posts them. A sheet
 * that does not match the session's subjects is refused (the voter can correct it); a blank level makes the ballot
 * invalid. Refusal messages never repeat the sheet's content.
 */
final class BallotSheet {

    static final String NOT_MATCHING = "Phiếu bầu không khớp danh sách đối tượng biểu quyết của phiên.";
    static final String UNKNOWN_LEVEL = "Phiếu bầu có mức xếp loại không hợp lệ.";
    static final String TWO_LEVELS = "Mỗi đối tượng chỉ được chọn một mức xếp loại.";

    private BallotSheet() {
    }

    static Ballot read(JsonNode rows, List<BallotSubject> subjects) {
        if (!rows.isArray() || rows.size() != subjects.size()) {
            throw new BallotRefusedException(NOT_MATCHING);
        }
        Set<String> expected = subjects.stream().map(BallotSubject::id).collect(Collectors.toSet());
        Map<String, Level> choices = new LinkedHashMap<>();
        boolean blank = false;
        for (JsonNode row : rows) {
            String subjectId = row.path("id").asText(null);
            if (!expected.contains(subjectId) || choices.containsKey(subjectId)) {
                throw new BallotRefusedException(NOT_MATCHING);
            }
            String code = row.path("level").asText("");
            Level level = code.isBlank() ? null : level(code);
            blank |= level == null;
            choices.put(subjectId, level);
        }
        return blank ? Ballot.invalid() : new Ballot(choices);
    }

    /**
     * Reads Tasklist's ballot: for each level the list of subject ids ticked. A subject ticked at no level makes
     * the ballot invalid, as a blank on paper; one ticked at two levels is refused so the voter can correct it.
     */
    static Ballot fromMarks(Map<Level, JsonNode> marks, List<BallotSubject> subjects) {
        Set<String> expected = subjects.stream().map(BallotSubject::id).collect(Collectors.toSet());
        Map<String, Level> choices = new LinkedHashMap<>();
        marks.forEach((level, ticked) -> ticked.forEach(subject -> {
            if (!expected.contains(subject.asText())) {
                throw new BallotRefusedException(NOT_MATCHING);
            }
            if (choices.putIfAbsent(subject.asText(), level) != null) {
                throw new BallotRefusedException(TWO_LEVELS);
            }
        }));
        return choices.size() < expected.size() ? Ballot.invalid() : new Ballot(choices);
    }

    private static Level level(String code) {
        for (Level level : Level.values()) {
            if (level.name().equals(code)) {
                return level;
            }
        }
        throw new BallotRefusedException(UNKNOWN_LEVEL);
    }
}
