package vn.partyreview.integrity;

import java.util.Map;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * A check across the fields of one Camunda Form that the form itself cannot express (a voter ticked under two kinds
 * of absence; a start allowed only to the members of a body), run by the guard once every field has passed its own
 * rules. The module that owns the form declares
 * it as a bean; a refusal answers 400 naming the field, like the fields' own (SPEC I1, I5).
 */
public interface SubmissionRule {

    /** The id of the form the rule applies to. */
    String formId();

    /**
     * A Vietnamese message per refused field; empty when the submission holds together.
     *
     * @param submitted the submitted values by field key, as plain Java values (lists for checklists)
     * @param caller    who submits, with their groups, as signed in
     */
    default Map<String, String> refusals(Map<String, Object> submitted, Authentication caller) {
        return Map.of();
    }

    /**
     * As {@link #refusals(Map, Authentication)}, for a rule that needs to know which subject the task is about.
     *
     * @param variables the variables the task sees, read by the system (a start form: none)
     */
    default Map<String, String> refusals(Map<String, Object> submitted, Authentication caller,
                                         Map<String, Object> variables) {
        return refusals(submitted, caller);
    }
}
