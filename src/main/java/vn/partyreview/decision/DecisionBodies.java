package vn.partyreview.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.partyreview.grading.DecisionSubjects;
import vn.partyreview.process.JsonVariables;

/**
 * The competent body of a session, from the records of its subjects: the candidate group of the chair's tasks and
 * the group recorded as {@code decidedBy}. A session's subjects must all have the same body.
 */
@Component("decisionBodies")
public class DecisionBodies {

    private final DecisionSubjects subjects;
    private final JsonVariables json;

    DecisionBodies(DecisionSubjects subjects, ObjectMapper mapper) {
        this.subjects = subjects;
        this.json = new JsonVariables(mapper);
    }

    /** @param subjectIds the session's {@code decisionSubjectIds} */
    public String group(String campaignId, String subjectType, Object subjectIds) {
        Set<String> groups = new TreeSet<>();
        ids(subjectIds).forEach(id -> groups.add(subjects.decidingGroup(campaignId, subjectType, id)));
        if (groups.size() != 1) {
            throw new IllegalStateException("Một phiên xét quyết định phải có đúng một cấp có thẩm quyền, có: " + groups);
        }
        return groups.iterator().next();
    }

    /**
     * The list of a session over one subject (a re-grading): the quota then counts the group's other decisions in
     * force.
     */
    public TypedValue only(String subjectId) {
        return json.spin(List.of(subjectId));
    }

    List<String> ids(Object subjectIds) {
        JsonNode rows = json.read(subjectIds).orElseThrow(() -> new IllegalStateException(
                "Danh sách đối tượng của phiên xét không phải JSON hợp lệ."));
        List<String> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.asText()));
        return ids;
    }
}
