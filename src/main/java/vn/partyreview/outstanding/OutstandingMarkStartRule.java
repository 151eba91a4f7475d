package vn.partyreview.outstanding;

import java.util.Map;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.partyreview.integrity.SubmissionRule;

/**
 * The outstanding-mark start form, checked by the guard before the process starts (SPEC I1, I3): a campaign of our
 * records graded on points, one of its basic organisations, the reasons, and a starter on the body deciding the
 * organisation's level. A refusal answers 400 naming the field and starts nothing.
 */
@Component
class OutstandingMarkStartRule implements SubmissionRule {

    private final OutstandingMarks marks;

    OutstandingMarkStartRule(OutstandingMarks marks) {
        this.marks = marks;
    }

    @Override
    public String formId() {
        return OutstandingMarkProcess.START_FORM;
    }

    @Override
    public Map<String, String> refusals(Map<String, Object> submitted, Authentication caller) {
        return marks.refusals(text(submitted, OutstandingMarkProcess.CAMPAIGN_ID),
                text(submitted, OutstandingMarkProcess.ORG_CODE), text(submitted, OutstandingMarkProcess.REASONS),
                caller);
    }

    private static String text(Map<String, Object> submitted, String field) {
        Object value = submitted.get(field);
        return value == null ? null : String.valueOf(value);
    }
}
