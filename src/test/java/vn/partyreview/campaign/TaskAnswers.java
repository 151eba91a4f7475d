package vn.partyreview.campaign;

import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** What officials enter in the campaign's forms, for tests that walk a campaign through its tasks. */
final class TaskAnswers {

    static final Map<String, Object> MAU_01 = Map.of("leadershipRating", "TOT", "tasksRating", "TOT",
            "democraticCentralismRating", "TOT", "antiDegradationRating", "TOT", "inspectionRating", "TOT",
            "remedyRating", "TOT", "proposedLevel", "HTTNV");
    static final Map<String, Object> MAU_02 = Map.of("politicsEthicsRating", "TOT", "dutiesRating", "TOT",
            "selfImprovementRating", "TOT", "remedyRating", "TOT", "proposedMemberLevel", "HTTNV");

    private TaskAnswers() {
    }

    static Map<String, Object> meeting() {
        return Map.of("meetingDate", ClockUtil.getCurrentTime().toInstant().toString().substring(0, 10),
                "participantsPresent", 4, "chairConclusion", "Hội nghị thống nhất kết luận");
    }
}
