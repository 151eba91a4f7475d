package vn.partyreview.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.partyreview.grading.points.SelfScoring;

/**
 * The points part of the self-assessment forms of a points-based rule set (QĐ 366-QĐ/TW Đ10, HD 43 Mẫu 01 part B,
 * Mẫu 2A/2B/2C): the items of the subject's scoring sheet (scored per item, the totals computed by
 * {@link SelfScoringSheets}), and the facts the subject states about its own tasks, by the grading API's names.
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

    private final List<String> facts;

    PointsSheet(List<String> facts) {
        this.facts = facts;
    }

    /** Form fields of this sheet: the items scored (the totals are computed from them) and the facts. */
    String[] fields() {
        List<String> fields = new ArrayList<>(List.of(SelfScoring.ITEMS));
        fields.addAll(facts);
        return fields.toArray(String[]::new);
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
