package vn.partyreview.review;

import vn.partyreview.grading.points.Sheet;

/** What a self-assessment form scores on, read from the records when the task is created, submitted and recorded. */
sealed interface Scoring {

    /** The form asks no points: a rating-based campaign's collective or member. */
    record Unscored() implements Scoring {
    }

    /**
     * The subject would score on a sheet no committee configured. {@code required}: the rule set grades on the points
     * (QĐ 366), so a submission is refused until one is imported; else (a Biểu under QĐ 132) the form says so and
     * asks none.
     */
    record Unconfigured(boolean required) implements Scoring {
    }

    /**
     * The items of {@code sheet}. {@code graded}: the rule set grades on their totals (QĐ 366); else they are the
     * ward plan's self-scoring on a Biểu (QĐ 132), kept with the self-assessment and shown, never a level rule.
     */
    record On(Sheet sheet, boolean graded) implements Scoring {
    }
}
