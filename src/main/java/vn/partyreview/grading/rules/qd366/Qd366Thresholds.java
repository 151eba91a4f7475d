package vn.partyreview.grading.rules.qd366;

import java.math.BigDecimal;

/**
 * Every number of QĐ 366-QĐ/TW the rule set applies, in one place so an analyst can change them (SPEC §15).
 *
 * @param commonMax                   points of the common group (Điều 10)
 * @param tasksMax                    points of the task-results group (Điều 10)
 * @param htxsnvPoints                least total for HTXSNV (Điều 11)
 * @param httnvPoints                 least total for HTTNV
 * @param htnvPoints                  least total for HTNV; below it the subject does not complete its tasks
 * @param allTasksPercent             "100% of tasks": completed, on time, shortcomings remedied
 * @param exceededPercent             least share of tasks exceeding the requirement for HTXSNV
 * @param behindScheduleMaxPercent    most tasks behind schedule for HTNV
 * @param unitTasksKnockOutPercent    units led completing less than this share of their tasks: knock-out
 * @param subordinateUnitsKhtMaxPercent more units led rated KHTNV than this share: knock-out (leaders)
 * @param lowConfidenceMaxPercent     more low-confidence votes than this share: knock-out (leaders)
 * @param tasksFailedMaxPercent       more of the year's tasks not completed than this share: knock-out (members)
 * @param minMonthsAsMember           a member admitted more recently is not graded (Điều 5)
 * @param minMonthsEstablished        an organisation established more recently is not graded
 * @param quotaPercent                HTXSNV at most this share of those rated HTTNV or better
 * @param outstandingQuotaPercent     the share where the competent body marks the organisation outstanding
 */
public record Qd366Thresholds(
        BigDecimal commonMax, BigDecimal tasksMax,
        BigDecimal htxsnvPoints, BigDecimal httnvPoints, BigDecimal htnvPoints,
        BigDecimal allTasksPercent, BigDecimal exceededPercent, BigDecimal behindScheduleMaxPercent,
        BigDecimal unitTasksKnockOutPercent, BigDecimal subordinateUnitsKhtMaxPercent,
        BigDecimal lowConfidenceMaxPercent, BigDecimal tasksFailedMaxPercent,
        BigDecimal minMonthsAsMember, BigDecimal minMonthsEstablished,
        int quotaPercent, int outstandingQuotaPercent) {

    /** The numbers as the regulation's text is reported (SPEC §15). */
    public static Qd366Thresholds standard() {
        return new Qd366Thresholds(
                number(30), number(70),
                number(90), number(70), number(50),
                number(100), number(30), number(20),
                number(70), number(50),
                number(50), number(50),
                number(6), number(6),
                20, 25);
    }

    private static BigDecimal number(int value) {
        return BigDecimal.valueOf(value);
    }
}
