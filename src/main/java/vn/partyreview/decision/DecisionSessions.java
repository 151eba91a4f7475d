package vn.partyreview.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.partyreview.ballot.BallotResult;
import vn.partyreview.grading.DecidedLevels;
import vn.partyreview.grading.DecisionRecord;
import vn.partyreview.grading.DecisionSubjects;
import vn.partyreview.grading.DecisionSubjects.DecisionSubject;
import vn.partyreview.grading.GradingService;
import vn.partyreview.grading.SubjectCeiling;
import vn.partyreview.grading.rules.GradingResult;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.Reason;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.grading.rules.WholeGroupQuota;
import vn.partyreview.grading.rules.WholeGroupQuota.Candidate;
import vn.partyreview.grading.rules.WholeGroupQuota.Selection;

/**
 * A session's list, count and record, each computed again from the records when it is used: subjects and ceilings
 * through {@link DecisionSubjects}, votes from the ballot box once the ballot is closed, the group's earlier
 * decisions from {@link DecidedLevels}. Nothing shown to the chair is read back.
 */
@Component
class DecisionSessions {

    /** A subject on the office's list: graded, with its ceiling and the reasons it cites. */
    record Listed(String subjectId, String name, String brief, Level ceiling, List<String> ceilingReasons) {
    }

    /** What the chair answered: levels for "no majority" subjects, the tied subjects kept, the reasons. */
    record ChairAnswer(Map<String, Level> settlements, Set<String> tieKeeps, String tieReason, String note) {

        static final ChairAnswer NONE = new ChairAnswer(Map.of(), Set.of(), "", "");
    }

    private final DecisionSubjects subjects;
    private final SubjectCeiling ceiling;
    private final GradingService grading;
    private final DecidedLevels decided;
    private final CountedBallots ballots;
    private final ObjectMapper mapper;

    DecisionSessions(DecisionSubjects subjects, SubjectCeiling ceiling, GradingService grading,
                     DecidedLevels decided, CountedBallots ballots, ObjectMapper mapper) {
        this.subjects = subjects;
        this.ceiling = ceiling;
        this.grading = grading;
        this.decided = decided;
        this.ballots = ballots;
        this.mapper = mapper;
    }

    /** The office's list: the subjects the standards grade, each with its ceiling; the others are left out. */
    List<Listed> list(String campaignId, String subjectType, List<String> subjectIds) {
        List<Listed> listed = new ArrayList<>();
        for (String id : subjectIds) {
            GradingResult result = ceiling.evaluate(campaignId, subjectType, id).result();
            if (result.graded()) {
                listed.add(new Listed(id, subjects.subjectName(campaignId, subjectType, id),
                        subjects.brief(campaignId, subjectType, id), result.maxLevel(),
                        result.reasons().stream().map(Reason::message).toList()));
            }
        }
        return listed;
    }

    /** The closed ballot counted, within each ceiling as it stands now, the quota over the group, the chair's answer. */
    SessionOutcome count(String campaignId, String subjectType, String sessionId, ChairAnswer answer) {
        BallotResult result = ballots.held(sessionId).orElseThrow(() -> new IllegalStateException(
                "Phiên bỏ phiếu " + sessionId + " không được tiến hành"));
        List<String> problems = new ArrayList<>();
        Set<String> quotaGroups = new TreeSet<>();
        Set<String> bodies = new TreeSet<>();
        String ruleSet = null;
        boolean outstanding = false;
        List<Candidate> candidates = new ArrayList<>();
        Map<String, SessionRow> rows = new LinkedHashMap<>();
        for (BallotResult.SubjectResult counted : result.subjects()) {
            String id = counted.subject().id();
            String name = counted.subject().name();
            DecisionSubject subject = subjects.find(campaignId, subjectType, id);
            ruleSet = subject.ruleSet();
            outstanding = subject.outstanding();
            quotaGroups.add(subject.quotaGroup());
            bodies.add(subject.decidingGroup());
            Level max = ceiling.evaluate(campaignId, subjectType, id).result().maxLevel();
            Level level = counted.level();
            String note = "";
            Level settled = answer.settlements().get(id);
            if (settled != null && level != null) {
                problems.add(name + " đã đạt đa số phiếu (" + level.label()
                        + "): chủ trì không thay đổi kết quả biểu quyết.");
            } else if (settled != null && max != null && settled.isAbove(max)) {
                problems.add(name + " không được xếp cao hơn mức tối đa theo tiêu chuẩn (" + max.label() + ").");
            } else if (settled != null) {
                level = settled;
                note = "Không đạt đa số; chủ trì quyết định.";
            }
            if (max == null) {
                problems.add(name + " không còn thuộc diện xếp loại theo hồ sơ hiện tại.");
                level = null;
            } else if (level != null && level.isAbove(max)) {
                note = "Hạ về mức tối đa theo tiêu chuẩn (" + max.label() + ").";
                level = max;
            }
            candidates.add(new Candidate(id, level, counted.votes().getOrDefault(Level.HTXSNV, 0)));
            rows.put(id, new SessionRow(id, name, counted.votes(), counted.level(), max, level, note));
        }
        answer.settlements().keySet().stream().filter(id -> !rows.containsKey(id))
                .forEach(id -> problems.add("Đối tượng " + id + " không có trong phiên xét."));
        if (quotaGroups.size() != 1 || bodies.size() != 1) {
            throw new IllegalStateException("Một phiên xét là một nhóm của một cấp có thẩm quyền: " + quotaGroups);
        }
        String quotaGroup = quotaGroups.iterator().next();
        List<Level> earlier = decided.levelsInGroup(campaignId, quotaGroup);
        WholeGroupQuota quota = grading.wholeGroupQuota(ruleSet, outstanding);
        boolean outstandingGroup = outstanding;
        Selection open = quota.select(candidates, earlier, Set.of());
        Selection selection = quota.select(candidates, earlier, answer.tieKeeps());
        if (!answer.tieKeeps().isEmpty() && !open.needsChair()) {
            problems.add("Không có trường hợp bằng số phiếu cần chủ trì quyết định.");
        } else if (!answer.tieKeeps().isEmpty() && selection.needsChair()) {
            problems.add("Chọn đúng " + open.tiedSlots() + " trong số các đồng chí bằng số phiếu.");
        } else if (open.needsChair() && !selection.needsChair() && answer.tieReason().isBlank()) {
            problems.add("Ghi lý do chọn trong số các đồng chí bằng số phiếu.");
        }
        List<SessionRow> finalRows = new ArrayList<>();
        List<String> unsettled = new ArrayList<>();
        rows.values().forEach(row -> {
            Level level = selection.levels().get(row.subjectId());
            String note = selection.demoted().contains(row.subjectId())
                    ? "Vượt tỷ lệ " + (outstandingGroup ? "25%" : "20%") + " \"Hoàn thành xuất sắc nhiệm vụ\" của nhóm "
                    + "(tối đa " + selection.quota().maxHtxsnv() + "): ít phiếu hơn, xếp \"Hoàn thành tốt nhiệm vụ\"."
                    : row.note();
            if (level == null && !selection.tied().contains(row.subjectId())) {
                unsettled.add(row.subjectId());
            }
            finalRows.add(new SessionRow(row.subjectId(), row.name(), row.votes(), row.ballotLevel(), row.ceiling(),
                    level, note));
        });
        return new SessionOutcome(sessionId, bodies.iterator().next(), quotaGroup, finalRows, unsettled,
                selection.tied(), selection.tiedSlots(), selection.quota(), problems);
    }

    /** Records every subject of a confirmable outcome: decided by the body, confirmed by the chair. */
    void record(String campaignId, String subjectType, SessionOutcome outcome, ChairAnswer answer,
                String confirmedBy) {
        if (!outcome.confirmable()) {
            throw new IllegalStateException("Phiên xét chưa thể xác nhận: " + outcome.problems());
        }
        for (SessionRow row : outcome.rows()) {
            List<String> reasons = new ArrayList<>();
            if (!row.note().isBlank()) {
                reasons.add(row.note());
            }
            if (answer.tieKeeps().contains(row.subjectId()) || !answer.tieReason().isBlank()
                    && row.level() == Level.HTTNV && !row.note().isBlank()) {
                reasons.add("Chủ trì quyết định khi bằng số phiếu: " + answer.tieReason());
            }
            if (!answer.note().isBlank()) {
                reasons.add(answer.note());
            }
            decided.record(new DecisionRecord(campaignId, SubjectType.valueOf(subjectType), row.subjectId(),
                    outcome.quotaGroup(), row.level(), outcome.decidingGroup(), ClockUtil.getCurrentTime().toInstant(),
                    reasons.isEmpty() ? null : String.join(" ", reasons), outcome.sessionId(), votes(row),
                    confirmedBy));
        }
    }

    private String votes(SessionRow row) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            votes.put(level.name(), row.votes().getOrDefault(level, 0));
        }
        try {
            return mapper.writeValueAsString(votes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
