package dev.bubblerisk.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date known to the year, the month or the day, as deals are often announced.
 *
 * @param month 1–12, or 0 when only the year is known
 * @param day   1–31, or 0 when the day is not known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    /** The first day the date can stand for: 2025-09 → 2025-09-01. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /**
     * {@link #earliest()} as a count of days from 1970-01-01, worked out without building a date:
     * rules that compare announcement dates ask for it many times per deal.
     */
    public long earliestEpochDay() {
        int m = month == 0 ? 1 : month;
        long y = m <= 2 ? year - 1L : year; // the year counted from March, so the leap day ends it
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + (day == 0 ? 1 : day) - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /** The last day the date can stand for: 2025-09 → 2025-09-30. */
    public LocalDate latest() {
        if (month == 0) {
            return LocalDate.of(year, 12, 31);
        }
        return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    @Override
    public int compareTo(PartialDate other) {
        return earliest().compareTo(other.earliest());
    }

    /** The date as written: {@code 2025}, {@code 2025-09} or {@code 2025-09-22}. */
    @Override
    public String toString() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        if (day == 0) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
