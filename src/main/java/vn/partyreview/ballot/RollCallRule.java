package vn.partyreview.ballot;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.partyreview.integrity.SubmissionRule;

/**
 * The chair's roll call ({@code ballot-open}): each summoned voter is under at most one way of not being present,
 * or the roll would not say how the denominator counts them. Refused before the session opens, naming the voter.
 */
@Component
class RollCallRule implements SubmissionRule {

    static final String FORM_ID = "ballot-open";
    static final String TWICE = "Đồng chí %s được đánh dấu ở hai tình trạng vắng mặt: mỗi đảng viên chỉ ở một "
            + "tình trạng.";

    private final BallotForms forms;

    RollCallRule(@Lazy BallotForms forms) {
        this.forms = forms;
    }

    @Override
    public String formId() {
        return FORM_ID;
    }

    @Override
    public Map<String, String> refusals(Map<String, Object> submitted, Authentication caller) {
        Set<String> marked = new HashSet<>();
        Map<String, String> refusals = new LinkedHashMap<>();
        for (Attendance attendance : Attendance.values()) {
            String field = SecretBallot.ABSENCE_PREFIX + attendance.name();
            if (submitted.get(field) instanceof Collection<?> voters) {
                voters.stream().map(String::valueOf).filter(voter -> !marked.add(voter)).findFirst()
                        .ifPresent(voter -> refusals.put(field, TWICE.formatted(forms.displayName(voter))));
            }
        }
        return refusals;
    }
}
