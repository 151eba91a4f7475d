package vn.partyreview.grading.rules.qd132;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.partyreview.grading.rules.Criterion;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.Rating;

/**
 * The criteria conditions shared by every subject type (clauses a, b and c of II.1.4, II.2.3 and II.3.3):
 * HTXSNV needs key criteria XUAT_SAC and the others TOT; HTTNV key TOT and others TRUNG_BINH;
 * HTNV every criterion TRUNG_BINH.
 */
final class CriteriaStandard {

    private CriteriaStandard() {
    }

    static void limit(String clause, List<Criterion> criteria, Ceiling ceiling) {
        belowRating(criteria, Criterion::key, Rating.XUAT_SAC, Level.HTTNV, clause + ".a", "key-criteria",
                "tiêu chí chủ yếu", ceiling);
        belowRating(criteria, Predicate.not(Criterion::key), Rating.TOT, Level.HTTNV, clause + ".a", "other-criteria",
                "những tiêu chí còn lại", ceiling);
        belowRating(criteria, Criterion::key, Rating.TOT, Level.HTNV, clause + ".b", "key-criteria",
                "tiêu chí chủ yếu", ceiling);
        belowRating(criteria, Predicate.not(Criterion::key), Rating.TRUNG_BINH, Level.HTNV, clause + ".b",
                "other-criteria", "những tiêu chí còn lại", ceiling);
        // "Các tiêu chí (cơ bản)" of clause c is read as every criterion: a KEM anywhere fails HTNV
        belowRating(criteria, criterion -> true, Rating.TRUNG_BINH, Level.KHTNV, clause + ".c", "criteria",
                "tiêu chí", ceiling);
    }

    private static void belowRating(List<Criterion> criteria, Predicate<Criterion> which, Rating required,
                                    Level highestAllowed, String clause, String ruleSuffix, String description,
                                    Ceiling ceiling) {
        String failing = criteria.stream()
                .filter(which)
                .filter(criterion -> !criterion.rating().isAtLeast(required))
                .map(criterion -> "\"" + criterion.name() + "\"")
                .collect(Collectors.joining(", "));
        if (!failing.isEmpty()) {
            ceiling.limit(highestAllowed, clause + "-" + ruleSuffix,
                    "Mục " + clause + ": " + description + " " + failing + " chưa đạt mức " + required.label());
        }
    }
}
