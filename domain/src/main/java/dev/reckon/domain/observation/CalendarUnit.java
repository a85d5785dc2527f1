package dev.reckon.domain.observation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The calendar parts a period is written in or cut into: a day {@code 2021-12-01}, an ISO week
 * {@code 2021-W48} (Monday to Sunday), a month {@code 2021-12}, a quarter {@code 2021-Q4}, a year
 * {@code 2021}. Each part is labelled the way it is written inline.
 */
public enum CalendarUnit {
    DAY("day", "days"),
    WEEK("week", "weeks"),
    MONTH("month", "months"),
    QUARTER("quarter", "quarters"),
    YEAR("year", "years");

    private final String singular;
    private final String plural;

    CalendarUnit(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    public String singular() {
        return singular;
    }

    public String plural() {
        return plural;
    }

    /** The first day of the part {@code day} is in. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The last day of the part {@code day} is in. */
    public LocalDate end(LocalDate day) {
        LocalDate start = start(day);
        return switch (this) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    /** The part's label as written inline: {@code 2021-12-01}, {@code 2021-W48}, {@code 2021-12}, {@code 2021-Q4}, {@code 2021}. */
    public String label(LocalDate day) {
        return switch (this) {
            case DAY -> day.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", day.getYear(), day.getMonthValue());
            case QUARTER -> day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(day.getYear());
        };
    }
}
