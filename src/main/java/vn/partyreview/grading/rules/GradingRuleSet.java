package vn.partyreview.grading.rules;

import java.util.List;

/** A named, versioned set of grading standards; a campaign stores the id of the one it applies. */
public interface GradingRuleSet {

    String id();

    GradingResult evaluate(GradingSubject subject);

    /** The quota of HTXSNV for one group (members of one basic organisation, organisations under one committee, ...). */
    QuotaResult quota(List<Level> groupLevels);
}
