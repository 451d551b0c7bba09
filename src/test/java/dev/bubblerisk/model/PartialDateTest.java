package dev.bubblerisk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void earliestEpochDayIsTheEpochDayOfTheEarliestDateForEveryDayMonthAndYear() {
        for (int year = -801; year <= 2801; year++) {
            assertEpochDay(new PartialDate(year, 0, 0));
            for (int month = 1; month <= 12; month++) {
                assertEpochDay(new PartialDate(year, month, 0));
                int days = YearMonth.of(year, month).lengthOfMonth();
                for (int day = 1; day <= days; day++) {
                    assertEpochDay(new PartialDate(year, month, day));
                }
            }
        }
    }

    @Test
    void earliestEpochDayCountsFromTheFirstOfJanuary1970() {
        assertThat(new PartialDate(1970, 1, 1).earliestEpochDay()).isZero();
        assertThat(new PartialDate(2000, 3, 0).earliestEpochDay()).isEqualTo(11_017); // 2000-03-01, after a 400-year leap day
        assertThat(new PartialDate(1969, 0, 0).earliestEpochDay()).isEqualTo(-365);
    }

    private static void assertEpochDay(PartialDate date) {
        LocalDate earliest = date.earliest();
        if (date.earliestEpochDay() != earliest.toEpochDay()) {
            assertThat(date.earliestEpochDay()).as("%s", date).isEqualTo(earliest.toEpochDay());
        }
    }
}
