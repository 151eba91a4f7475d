package vn.partyreview.grading.rules;

import java.util.List;

/** A named, versioned reading of the "HTXSNV at most 20% of HTTNV" cap, applied to one group's levels. */
public interface QuotaRule {

    String id();

    QuotaResult apply(List<Level> groupLevels);
}
