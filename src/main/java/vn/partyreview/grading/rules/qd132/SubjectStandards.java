package vn.partyreview.grading.rules.qd132;

import java.util.List;
import vn.partyreview.grading.rules.GradingFacts;
import vn.partyreview.grading.rules.GradingSubject;
import vn.partyreview.grading.rules.Reason;

/** The QD132-2018 standards of one subject type. */
interface SubjectStandards {

    /** Why the subject is not graded at all; empty when it is graded. */
    List<Reason> notGradedReasons(GradingFacts facts);

    /** Applies every standard of the levels to the ceiling (levels are cumulative). */
    void limit(GradingSubject subject, Ceiling ceiling);
}
