package vn.partyreview.campaign;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days are Monday to Friday; public holidays are not modelled yet. */
final class WorkingDays {

    private WorkingDays() {
    }

    /** The working day {@code days} working days after {@code from}: sent on a Monday, 3 days later is Thursday. */
    static LocalDate after(LocalDate from, int days) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }
}
