package vn.partyreview.integrity;

import java.util.List;

/** The guard's answer to one call: pass it on, refuse the submitted fields (400), or refuse the call (403). */
record Verdict(Outcome outcome, List<FieldError> errors, String reason) {

    enum Outcome { PASS, INVALID, FORBIDDEN }

    static final Verdict PASS = new Verdict(Outcome.PASS, List.of(), null);

    static Verdict invalid(List<FieldError> errors) {
        return new Verdict(Outcome.INVALID, List.copyOf(errors), null);
    }

    static Verdict forbidden(String reason) {
        return new Verdict(Outcome.FORBIDDEN, List.of(), reason);
    }
}
