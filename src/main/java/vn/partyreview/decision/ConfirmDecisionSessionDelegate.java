package vn.partyreview.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.partyreview.ballot.SecretBallot;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.process.JsonVariables;

/**
 * Step "Ghi nhận kết quả phiên xét": the chair's answer applied to the count made again from the records; an answer
 * that leaves a subject undecided, changes a majority, exceeds a ceiling or settles a tie without reason is sent
 * back through {@value #NOT_CONFIRMED}; otherwise every subject is recorded, decided by the body.
 */
@Component("confirmDecisionSession")
class ConfirmDecisionSessionDelegate implements JavaDelegate {

    static final String NOT_CONFIRMED = "DECISION_NOT_CONFIRMED";

    private final DecisionSessions sessions;
    private final JsonVariables json;

    ConfirmDecisionSessionDelegate(DecisionSessions sessions, ObjectMapper mapper) {
        this.sessions = sessions;
        this.json = new JsonVariables(mapper);
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaignId = (String) execution.getVariable(DecisionSessionProcess.CAMPAIGN_ID);
        String subjectType = (String) execution.getVariable(DecisionSessionProcess.SUBJECT_TYPE);
        DecisionSessions.ChairAnswer answer = answer(execution);
        SessionOutcome outcome = sessions.count(campaignId, subjectType,
                (String) execution.getVariable(SecretBallot.SESSION_ID), answer);
        if (!outcome.confirmable()) {
            SessionOutcome shown = outcome.problems().isEmpty() ? withWaiting(outcome) : outcome;
            SessionView.show(execution, shown, json);
            throw new BpmnError(NOT_CONFIRMED, String.join(" ", shown.problems()));
        }
        sessions.record(campaignId, subjectType, outcome, answer, chair(execution));
    }

    /** Nothing wrong but someone still undecided: say who is waiting. */
    private static SessionOutcome withWaiting(SessionOutcome outcome) {
        List<String> problems = new ArrayList<>();
        if (!outcome.unsettled().isEmpty()) {
            problems.add("Còn đối tượng không đạt đa số chưa được chủ trì quyết định mức.");
        }
        if (!outcome.tied().isEmpty()) {
            problems.add("Chọn " + outcome.tiedSlots() + " trong số các đồng chí bằng số phiếu và ghi lý do.");
        }
        return new SessionOutcome(outcome.sessionId(), outcome.decidingGroup(), outcome.quotaGroup(),
                outcome.rows(), outcome.unsettled(), outcome.tied(), outcome.tiedSlots(), outcome.quota(), problems);
    }

    private DecisionSessions.ChairAnswer answer(DelegateExecution execution) {
        Map<String, Level> settlements = new LinkedHashMap<>();
        Set<String> twice = new LinkedHashSet<>();
        for (Level level : Level.values()) {
            ids(execution.getVariable(DecisionSessionProcess.SETTLE_PREFIX + level.name())).forEach(id -> {
                if (settlements.putIfAbsent(id, level) != null) {
                    twice.add(id);
                }
            });
        }
        // a subject ticked at two levels is undecided, and the count says so
        twice.forEach(settlements::remove);
        return new DecisionSessions.ChairAnswer(settlements,
                ids(execution.getVariable(DecisionSessionProcess.TIE_KEEP)),
                text(execution.getVariable(DecisionSessionProcess.TIE_REASON)),
                text(execution.getVariable(DecisionSessionProcess.NOTE)));
    }

    private Set<String> ids(Object value) {
        Set<String> ids = new LinkedHashSet<>();
        json.read(value).orElseThrow(() -> new BpmnError(NOT_CONFIRMED, "Danh sách chọn không hợp lệ."))
                .forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static String text(Object value) {
        return value instanceof String text ? text.strip() : "";
    }

    private static String chair(DelegateExecution execution) {
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return user == null ? null : user.getUserId();
    }
}
