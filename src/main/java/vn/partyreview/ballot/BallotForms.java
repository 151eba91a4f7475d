package vn.partyreview.ballot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.partyreview.identity.UserNames;

/**
 * Prefills the chair's roll call (everyone present until ticked under a way of not being present) and the blank
 * sheet as one JSON list, which a client of the Java API fills; Tasklist's rows are laid out by
 * {@link SheetLayout}, once per session.
 */
@Component("ballotForms")
public class BallotForms {

    private final BallotJson json;
    private final IdentityService identityService;
    private final VotingRights rights;

    BallotForms(BallotJson json, IdentityService identityService, VotingRights rights) {
        this.json = json;
        this.identityService = identityService;
        this.rights = rights;
    }

    public TypedValue blankRoll(Object summoned) {
        List<Map<String, Object>> rows = new ArrayList<>();
        voters(summoned).forEach(voter -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("voterId", voter);
            row.put("name", displayName(voter));
            row.put("attendance", Attendance.PRESENT.name());
            rows.add(row);
        });
        return json.spin(rows);
    }

    public TypedValue blankSheet(Object subjects) {
        List<Map<String, Object>> rows = new ArrayList<>();
        json.read(subjects, "Danh sách đối tượng").forEach(subject -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", subject.path("id").asText());
            row.put("name", subject.path("name").asText());
            row.put("level", null);
            rows.add(row);
        });
        return json.spin(rows);
    }

    /** The options of the chair's checklists: every summoned voter by name. */
    public TypedValue voterChoices(Object summoned) {
        List<Map<String, Object>> options = new ArrayList<>();
        voters(summoned).forEach(voter -> options.add(Map.of("label", displayName(voter), "value", voter)));
        return json.spin(options);
    }

    /**
     * The roll after the chair's checklists: everyone present but those ticked under a way of not being present
     * ({@code ballotAbsent_<ATTENDANCE>}); a roll posted whole by a REST client is kept as it is.
     */
    public TypedValue markedRoll(Object roll, DelegateExecution execution) {
        Map<String, Attendance> absent = new LinkedHashMap<>();
        for (Attendance attendance : Attendance.values()) {
            json.read(execution.getVariable(SecretBallot.ABSENCE_PREFIX + attendance.name()), "Danh sách điểm danh")
                    .forEach(voter -> absent.put(voter.asText(), attendance));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        json.read(roll, "Danh sách điểm danh").forEach(row -> {
            Map<String, Object> copy = new LinkedHashMap<>();
            copy.put("voterId", row.path("voterId").asText());
            copy.put("name", row.path("name").asText());
            Attendance marked = absent.get(row.path("voterId").asText());
            copy.put("attendance", marked != null ? marked.name() : row.path("attendance").asText());
            rows.add(copy);
        });
        return json.spin(rows);
    }

    /** The summoned who may vote: the roll call lists no probationary member. */
    private List<String> voters(Object summoned) {
        List<String> ids = new ArrayList<>();
        json.read(summoned, "Danh sách triệu tập").forEach(voter -> ids.add(voter.asText()));
        return rights.voters(ids);
    }

    /** How the roll call names a voter: their full name, or their id when there is no such user. */
    String displayName(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : UserNames.displayName(user);
    }
}
