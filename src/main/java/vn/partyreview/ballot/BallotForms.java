package vn.partyreview.ballot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Prefills the model's two forms; the form-js dynamic lists render one row per entry of these JSON lists:
 * the chair's roll call (everyone present until marked otherwise) and the voter's blank ballot sheet.
 */
@Component("ballotForms")
public class BallotForms {

    private final BallotJson json;
    private final IdentityService identityService;

    BallotForms(BallotJson json, IdentityService identityService) {
        this.json = json;
        this.identityService = identityService;
    }

    public TypedValue blankRoll(Object summoned) {
        List<Map<String, Object>> rows = new ArrayList<>();
        json.read(summoned, "Danh sách triệu tập").forEach(voter -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("voterId", voter.asText());
            row.put("name", displayName(voter.asText()));
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

    private String displayName(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : (user.getLastName() + " " + user.getFirstName()).trim();
    }
}
