package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import vn.partyreview.review.ScheduleRegistrationProcess;
import vn.partyreview.ballot.SecretBallot;

/** What officials enter in the campaign's forms, for tests that walk a campaign through its tasks. */
final class TaskAnswers {

    static final Map<String, Object> MAU_01 = Map.of("leadershipRating", "TOT", "tasksRating", "TOT",
            "democraticCentralismRating", "TOT", "antiDegradationRating", "TOT", "inspectionRating", "TOT",
            "remedyRating", "TOT", "proposedLevel", "HTTNV");
    static final Map<String, Object> MAU_02 = Map.of("politicsEthicsRating", "TOT", "dutiesRating", "TOT",
            "selfImprovementRating", "TOT", "remedyRating", "TOT", "proposedMemberLevel", "HTTNV");

    /**
     * Mẫu 01; an organisation scoring on its Biểu under QĐ 132 (the task names it in {@code scoringSheet}) gives
     * every item its maximum, as Tasklist sends the list (JSON text).
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> mau01(TaskService tasks, Task task) throws JsonProcessingException {
        Object shown = tasks.getVariable(task.getId(), "pointsItems");
        if (tasks.getVariable(task.getId(), "scoringSheet") == null || shown == null) {
            return MAU_01;
        }
        List<Map<String, Object>> items = JSON.readValue(shown.toString(), List.class);
        Map<String, Object> answer = new HashMap<>(MAU_01);
        answer.put("pointsItems", JSON.writeValueAsString(items.stream()
                .map(item -> Map.of("code", item.get("code"), "points", item.get("max"))).toList()));
        return answer;
    }

    /** The inspection committee has no conclusion on the cell's members. */
    static final Map<String, Object> NO_INSPECTION_CONCLUSIONS = Map.of("cellDisciplined", "KHONG");
    /** The office: every target met, nothing else to report. */
    static final Map<String, Object> ORGANIZATION_FACTS = Map.of("targetsCompletedPercent", 100,
            "forceMajeure", "KHONG", "partyBuildingKem", "KHONG", "headMovedInUnrelated", "KHONG");

    private static final ObjectMapper JSON = new ObjectMapper();

    private TaskAnswers() {
    }

    /**
     * The demo ward's answers to the tasks whose forms the rule set does not change: meetings held in {@code year},
     * everyone present, every opinion and proposal HTTNV, every dossier complete; fails on any other task.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> demoWard(TaskService tasks, Task task, int year) throws JsonProcessingException {
        String key = task.getTaskDefinitionKey();
        return switch (key) {
            case "Task_SuggestInDepthReview" -> Map.of("hasInDepthSuggestions", false);
            case "Task_RecordReviewMeeting", "Task_RecordLeaderReviewMeeting" -> meeting();
            case "Task_RateCivilServant" -> civilServantRating("HTTNV", "HTTNV");
            case "Task_CommentFromTemporaryCell" -> Map.of("temporaryCellComment", "Tích cực tham gia sinh hoạt");
            case "Task_RecordPreviousCellComment" -> Map.of("previousCellComment", "Hoàn thành tốt nhiệm vụ");
            case "Task_RecordOrganizationFacts" -> ORGANIZATION_FACTS;
            case "Task_CommentFromResidence" -> Map.of("residenceCivicDuty", "TOT", "residenceEthics", "TOT",
                    "residenceCulturalFamily", "TOT", "residenceMeetings", "TOT", "residenceAntiDegradation", "TOT",
                    "residenceExample", "TOT");
            case "Task_ProposeLevel" -> Map.of("committeeProposedLevel", "HTTNV",
                    "committeeComment", "Đề xuất hoàn thành tốt nhiệm vụ");
            case "Task_GiveOpinion" -> Map.of("opinionLevel", "HTTNV", "opinionComment", "Hoàn thành tốt");
            case "Task_AppraiseCellReport", "Task_AppraiseOrganization", "Task_AppraiseCollective" -> Map.of(
                    "dossierComplete", true, "appraisalNotes", "Hồ sơ đầy đủ");
            case "Task_FollowUpLateness" -> Map.of("followUpAction", "Nhắc hoàn thành đúng hạn");
            case "Task_RegisterSchedule" -> Map.of("reviewMeetingDate", year + "-11-28",
                    "gradingMeetingDate", year + "-12-05");
            case "Task_SendDossier" -> Map.of("dossierSent", true);
            case "Task_AssignAttendee" -> Map.of("attendeeUserId", JSON.readTree(tasks.getVariable(task.getId(),
                    ScheduleRegistrationProcess.ATTENDEE_CHOICES).toString()).get(0).path("value").asText());
            case "Task_ReportBodyResult" -> Map.of("bodyResultLevel", "HTTNV");
            case "Task_ProposeRewards" -> Map.of("rewardsProposed", List.of());
            case "Task_ReceiveDossier" -> Map.of("dossierReceived", true);
            case "Task_OpenSession" -> Map.of(SecretBallot.ROLL, JSON.writeValueAsString(
                    ((List<String>) tasks.getVariable(task.getId(), SecretBallot.VOTERS)).stream()
                            .map(voter -> Map.of("voterId", voter, "name", voter, "attendance", "PRESENT"))
                            .toList()));
            case "Task_SignMinutes" -> Map.of();
            default -> fail("No answer for task " + key + " (" + task.getName() + ")");
        };
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
