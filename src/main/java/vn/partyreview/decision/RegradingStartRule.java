package vn.partyreview.decision;

import java.util.Map;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.partyreview.integrity.SubmissionRule;

/**
 * The re-grading start form, checked by the guard before the process starts (SPEC I1, I3): a campaign and a subject
 * of our records with a result in force, the reasons, and a starter who is a member of the subject's deciding body.
 * A refusal answers 400 naming the field and starts nothing.
 */
@Component
class RegradingStartRule implements SubmissionRule {

    private final Regradings regradings;

    RegradingStartRule(@Lazy Regradings regradings) {
        this.regradings = regradings;
    }

    @Override
    public String formId() {
        return RegradingProcess.START_FORM;
    }

    @Override
    public Map<String, String> refusals(Map<String, Object> submitted, Authentication caller) {
        return regradings.refusals(text(submitted, RegradingProcess.CAMPAIGN_ID),
                text(submitted, RegradingProcess.SUBJECT_TYPE), text(submitted, RegradingProcess.SUBJECT_CODE),
                text(submitted, RegradingProcess.REASONS), caller);
    }

    private static String text(Map<String, Object> submitted, String field) {
        Object value = submitted.get(field);
        return value == null ? null : String.valueOf(value);
    }
}
