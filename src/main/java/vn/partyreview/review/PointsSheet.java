package vn.partyreview.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The points part of the self-assessment forms of a points-based rule set (QĐ 366-QĐ/TW Đ10, HD 43 Mẫu 01 part B,
 * Mẫu 2A/2B/2C): the two group totals as the grading API takes {@code scores}, and the facts the subject states
 * about its own tasks, by the grading API's names. The national maxima (30, 70) are the forms' limits, checked by
 * the guard on submission and again by the rule set when the ceiling is computed.
 */
enum PointsSheet {

    /** Mẫu 2A/2B/2C; the units a leader leads are asked on 2A only (the form hides them otherwise). */
    MEMBER(List.of("tasksCompletedPercent", "tasksOnTimePercent", "tasksExceededPercent",
            "tasksBehindSchedulePercent", "previousShortcomingsFixedPercent", "unitTasksCompletedPercent",
            "unitTasksOnTimePercent", "unitTasksExceededPercent")),

    /** Mẫu 01 part B, of a party organisation's committee or a leadership collective. */
    COLLECTIVE(List.of("tasksCompletedPercent", "tasksOnTimePercent", "tasksExceededPercent",
            "tasksBehindSchedulePercent", "previousShortcomingsFixedPercent", "unitTasksCompletedPercent",
            "unitFiveTargetsMissed", "subordinateOrMemberDisciplined"));

    static final String COMMON_POINTS = "commonPoints";
    static final String TASK_POINTS = "taskPoints";

    private final List<String> facts;

    PointsSheet(List<String> facts) {
        this.facts = facts;
    }

    /** Form fields of this sheet: the two totals and the facts. */
    String[] fields() {
        List<String> fields = new ArrayList<>(List.of(COMMON_POINTS, TASK_POINTS));
        fields.addAll(facts);
        return fields.toArray(String[]::new);
    }

    /** {@code {"common": …, "tasks": …}}; a total left out stays out (the rule set then refuses to grade). */
    Map<String, Object> scores(Function<String, Object> form) {
        Map<String, Object> scores = new LinkedHashMap<>();
        putIfPresent(scores, "common", form.apply(COMMON_POINTS));
        putIfPresent(scores, "tasks", form.apply(TASK_POINTS));
        return scores;
    }

    /** The facts the form stated; "CO"/"KHONG" answers become booleans. */
    Map<String, Object> facts(Function<String, Object> form) {
        Map<String, Object> stated = new LinkedHashMap<>();
        facts.forEach(fact -> {
            Object value = form.apply(fact);
            putIfPresent(stated, fact, "CO".equals(value) ? Boolean.TRUE : "KHONG".equals(value) ? Boolean.FALSE
                    : value);
        });
        return stated;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            map.put(key, value);
        }
    }
}
