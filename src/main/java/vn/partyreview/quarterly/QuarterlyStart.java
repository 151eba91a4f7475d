package vn.partyreview.quarterly;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.partyreview.integrity.SubmissionRule;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;

/**
 * Mẫu 05 from Tasklist: the start form checked by the guard before anything starts (400 naming the form's field),
 * then step "Ghi nhận bản tự đánh giá quý" records it for the starter's own member record, checked again.
 */
@Component("recordQuarterlyAssessment")
class QuarterlyStart implements SubmissionRule, JavaDelegate {

    /** The service's field names as the start form names them. */
    private static final Map<String, String> FORM_FIELDS = Map.of("year", QuarterlyAssessmentProcess.YEAR,
            "quarter", QuarterlyAssessmentProcess.QUARTER, "tasks", QuarterlyAssessmentProcess.TASKS,
            "results", QuarterlyAssessmentProcess.RESULTS, "selfLevel", QuarterlyAssessmentProcess.SELF_LEVEL);

    private static final String NOT_A_MEMBER = "Chỉ đảng viên mới tự đánh giá theo quý (Mẫu 05).";

    private final QuarterlyAssessments assessments;
    private final PartyMemberRepository members;
    private final IdentityService identityService;

    QuarterlyStart(QuarterlyAssessments assessments, PartyMemberRepository members, IdentityService identityService) {
        this.assessments = assessments;
        this.members = members;
        this.identityService = identityService;
    }

    @Override
    public String formId() {
        return QuarterlyAssessmentProcess.START_FORM;
    }

    @Override
    public Map<String, String> refusals(Map<String, Object> submitted, Authentication caller) {
        if (member(caller) == null) {
            return Map.of(QuarterlyAssessmentProcess.YEAR, NOT_A_MEMBER);
        }
        return formFields(QuarterlyAssessments.refusals(text(submitted, QuarterlyAssessmentProcess.YEAR),
                text(submitted, QuarterlyAssessmentProcess.QUARTER), text(submitted, QuarterlyAssessmentProcess.TASKS),
                text(submitted, QuarterlyAssessmentProcess.RESULTS),
                text(submitted, QuarterlyAssessmentProcess.SELF_LEVEL)));
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication caller = identityService.getCurrentAuthentication();
        PartyMember member = member(caller);
        if (member == null) {
            throw refused(Map.of(QuarterlyAssessmentProcess.YEAR, NOT_A_MEMBER));
        }
        Map<String, String> refusals = assessments.submit(member.getCode(),
                text(execution.getVariables(), QuarterlyAssessmentProcess.YEAR),
                text(execution.getVariables(), QuarterlyAssessmentProcess.QUARTER),
                text(execution.getVariables(), QuarterlyAssessmentProcess.TASKS),
                text(execution.getVariables(), QuarterlyAssessmentProcess.RESULTS),
                text(execution.getVariables(), QuarterlyAssessmentProcess.SELF_LEVEL), caller.getUserId());
        if (!refusals.isEmpty()) {
            throw refused(formFields(refusals));
        }
    }

    /** A start that bypassed the guard (an administrator's): the engine's REST answers a form error with 400. */
    private static FormFieldValidationException refused(Map<String, String> refusals) {
        return new FormFieldValidationException(refusals.keySet().iterator().next(),
                String.join(" ", refusals.values()));
    }

    private PartyMember member(Authentication caller) {
        return caller == null ? null : members.findByUserId(caller.getUserId()).orElse(null);
    }

    private static Map<String, String> formFields(Map<String, String> refusals) {
        Map<String, String> named = new LinkedHashMap<>();
        refusals.forEach((field, message) -> named.put(FORM_FIELDS.getOrDefault(field, field), message));
        return named;
    }

    private static String text(Map<String, Object> values, String field) {
        Object value = values.get(field);
        return value == null ? null : String.valueOf(value);
    }
}
