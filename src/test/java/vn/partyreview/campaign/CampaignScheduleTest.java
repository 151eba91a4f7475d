package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CampaignScheduleTest {

    @Test
    void aDeadlineIsTheStartOfItsDayInVietnamWithAnExplicitOffset() {
        assertThat(CampaignSchedule.startOf(LocalDate.of(2025, 12, 15))).isEqualTo("2025-12-15T00:00:00+07:00");
    }

    @Test
    void threeWorkingDaysSkipTheWeekend() {
        assertThat(WorkingDays.after(LocalDate.of(2025, 12, 1), 3)).isEqualTo(LocalDate.of(2025, 12, 4));  // Mon -> Thu
        assertThat(WorkingDays.after(LocalDate.of(2025, 12, 4), 3)).isEqualTo(LocalDate.of(2025, 12, 9));  // Thu -> Tue
        assertThat(WorkingDays.after(LocalDate.of(2025, 12, 6), 3)).isEqualTo(LocalDate.of(2025, 12, 10)); // Sat -> Wed
    }
}
