package vn.partyreview.integrity;

import java.util.List;

/**
 * The guard's answer to one call: pass it on, refuse the submitted fields (400), refuse the call (403), or say its
 * task does not exist (404, where the engine itself would answer 500).
 */
record Verdict(Outcome outcome, List<FieldError> errors, String reason) {

    enum Outcome { PASS, INVALID, FORBIDDEN, NOT_FOUND }

    static final Verdict PASS = new Verdict(Outcome.PASS, List.of(), null);

    static Verdict invalid(List<FieldError> errors) {
        return new Verdict(Outcome.INVALID, List.copyOf(errors), null);
    }

    static final Verdict NOT_FOUND = new Verdict(Outcome.NOT_FOUND, List.of(), null);

    static Verdict forbidden(String reason) {
        return new Verdict(Outcome.FORBIDDEN, List.of(), reason);
    }
}
