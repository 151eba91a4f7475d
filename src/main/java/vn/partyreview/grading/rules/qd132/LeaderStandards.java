package vn.partyreview.grading.rules.qd132;

import vn.partyreview.grading.rules.GradingFacts;
import vn.partyreview.grading.rules.GradingSubject;
import vn.partyreview.grading.rules.Level;

/** Individual leaders [P II.4, II.6]: the member standards, capped by the unit the leader heads. */
final class LeaderStandards extends MemberStandards {

    @Override
    public void limit(GradingSubject subject, Ceiling ceiling) {
        super.limit(subject, ceiling);
        GradingFacts facts = subject.facts();
        Level unit = facts.headedUnitLevel();
        // a head who moved in and is unrelated to the unit's result is not capped by it [P II.6]
        if (unit != null && unit != Level.HTXSNV && !Facts.isTrue(facts.movedInUnrelated())) {
            ceiling.limit(unit, "II.4-headed-unit-cap",
                    "Mục II.4: mức xếp loại của người đứng đầu không được cao hơn mức của tập thể, tổ chức, cơ quan, đơn vị do mình đứng đầu (%s)"
                            .formatted(unit.label()));
        }
    }
}
