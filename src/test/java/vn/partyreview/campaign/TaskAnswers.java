package vn.partyreview.campaign;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** What officials enter in the campaign's forms, for tests that walk a campaign through its tasks. */
final class TaskAnswers {

    static final Map<String, Object> MAU_01 = Map.of("leadershipRating", "TOT", "tasksRating", "TOT",
            "democraticCentralismRating", "TOT", "antiDegradationRating", "TOT", "inspectionRating", "TOT",
            "remedyRating", "TOT", "proposedLevel", "HTTNV");
    static final Map<String, Object> MAU_02 = Map.of("politicsEthicsRating", "TOT", "dutiesRating", "TOT",
            "selfImprovementRating", "TOT", "remedyRating", "TOT", "proposedMemberLevel", "HTTNV");

    /** The inspection committee has no conclusion on the cell's members. */
    static final Map<String, Object> NO_INSPECTION_CONCLUSIONS = Map.of("cellDisciplined", "KHONG");
    /** The office: every target met, nothing else to report. */
    static final Map<String, Object> ORGANIZATION_FACTS = Map.of("targetsCompletedPercent", 100,
            "forceMajeure", "KHONG", "partyBuildingKem", "KHONG", "headMovedInUnrelated", "KHONG");

    private TaskAnswers() {
    }

    static Map<String, Object> meeting() {
        return Map.of("meetingDate", ClockUtil.getCurrentTime().toInstant().toString().substring(0, 10),
                "participantsPresent", 4, "chairConclusion", "Hội nghị thống nhất kết luận");
    }

    /** The agency head's rating: the year and each of its twelve months at {@code monthly}. */
    static Map<String, Object> civilServantRating(String yearly, String monthly) {
        Map<String, Object> rating = new HashMap<>(Map.of("civilServantLevel", yearly,
                "civilServantManagerComment", "Hoàn thành tốt nhiệm vụ"));
        for (int month = 1; month <= 12; month++) {
            rating.put("civilServantMonth%02d".formatted(month), monthly);
        }
        return rating;
    }

}
