package vn.partyreview.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.process.JsonVariables;

/** What the chair's form shows of an outcome: the list, the choices still open, the reasons it was sent back. */
final class SessionView {

    private SessionView() {
    }

    static void show(DelegateExecution execution, SessionOutcome outcome, JsonVariables json) {
        Map<String, String> names = new LinkedHashMap<>();
        List<Map<String, Object>> list = new ArrayList<>();
        for (SessionRow row : outcome.rows()) {
            names.put(row.subjectId(), row.name());
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("id", row.subjectId());
            shown.put("name", row.name());
            shown.put("votes", votes(row.votes()));
            shown.put("ballotLevel", row.ballotLevel() == null ? "Không đạt đa số" : row.ballotLevel().label());
            shown.put("ceilingLevel", row.ceiling() == null ? "—" : row.ceiling().label());
            shown.put("level", row.level() == null ? "Chủ trì quyết định" : row.level().label());
            shown.put("note", row.note());
            list.add(shown);
        }
        execution.setVariable(DecisionSessionProcess.LIST, json.spin(list));
        execution.setVariable(DecisionSessionProcess.UNSETTLED_CHOICES, json.spin(choices(outcome.unsettled(), names)));
        execution.setVariable(DecisionSessionProcess.TIED_CHOICES, json.spin(choices(outcome.tied(), names)));
        execution.setVariable(DecisionSessionProcess.TIED_SLOTS, outcome.tiedSlots());
        execution.setVariable(DecisionSessionProcess.REJECTED_REASONS, json.spin(outcome.problems()));
    }

    private static String votes(Map<Level, Integer> votes) {
        return Arrays.stream(Level.values())
                .map(level -> level.name() + " " + votes.getOrDefault(level, 0))
                .collect(Collectors.joining(" · "));
    }

    private static List<Map<String, String>> choices(List<String> ids, Map<String, String> names) {
        return ids.stream().map(id -> Map.of("label", names.get(id), "value", id)).toList();
    }
}
