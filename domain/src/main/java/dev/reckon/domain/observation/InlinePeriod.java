package dev.reckon.domain.observation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period written where a period name goes: a day {@code 2021-12-01}, an ISO week {@code 2021-W48},
 * a month {@code 2021-12}, a quarter {@code 2021-Q4}, a year {@code 2021}, or days
 * {@code 2021-12-01..2021-12-14} (both included); all are days of the dossier's zone.
 *
 * @param period the days it stands for, named as written
 * @param unit   the calendar part it is, or empty for a range of days
 */
public record InlinePeriod(Period period, Optional<CalendarUnit> unit) {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-[Ww](\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq](\\d)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern RANGE = Pattern.compile("(.+)\\.\\.(.+)");
    /** Anything that starts like a date, so that a mistyped one is reported rather than taken for an unknown name. */
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}([-.].*)?");

    public InlinePeriod {
        Objects.requireNonNull(period, "period is null");
        Objects.requireNonNull(unit, "unit is null");
    }

    /**
     * The period {@code text} writes, or empty when it is not written like one.
     *
     * @throws IllegalArgumentException when it is written like a period but is not one ({@code 2021-13},
     *                                  {@code 2021-W54}, a range that ends before it starts), saying why
     */
    public static Optional<InlinePeriod> read(String text, ZoneId zone) {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(zone, "zone is null");
        if (!DATE_LIKE.matcher(text).matches()) {
            return Optional.empty();
        }
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            LocalDate from = day(range.group(1), text);
            LocalDate to = day(range.group(2), text);
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("'" + text + "' ends (" + to + ") before it starts (" + from + ")");
            }
            return Optional.of(new InlinePeriod(Period.of(text, from, to, zone), Optional.empty()));
        }
        CalendarUnit unit = unitOf(text);
        LocalDate first = firstDay(text, unit);
        return Optional.of(new InlinePeriod(Period.of(text, first, unit.end(first), zone), Optional.of(unit)));
    }

    /** Which calendar part {@code text} is written as, or an error naming the forms there are. */
    private static CalendarUnit unitOf(String text) {
        if (DAY.matcher(text).matches()) {
            return CalendarUnit.DAY;
        }
        if (WEEK.matcher(text).matches()) {
            return CalendarUnit.WEEK;
        }
        if (MONTH.matcher(text).matches()) {
            return CalendarUnit.MONTH;
        }
        if (QUARTER.matcher(text).matches()) {
            return CalendarUnit.QUARTER;
        }
        if (YEAR.matcher(text).matches()) {
            return CalendarUnit.YEAR;
        }
        throw new IllegalArgumentException("'" + text + "' is not a period: write a day 2021-12-01, a week 2021-W48, "
                + "a month 2021-12, a quarter 2021-Q4, a year 2021 or days 2021-12-01..2021-12-14");
    }

    private static LocalDate firstDay(String text, CalendarUnit unit) {
        int year = Integer.parseInt(text.substring(0, 4));
        try {
            return switch (unit) {
                case DAY -> day(text, text);
                case WEEK -> weekStart(year, Integer.parseInt(text.substring(6)), text);
                case MONTH -> LocalDate.of(year, Integer.parseInt(text.substring(5)), 1);
                case QUARTER -> quarterStart(year, Integer.parseInt(text.substring(6)), text);
                case YEAR -> LocalDate.of(year, 1, 1);
            };
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a " + unit.singular() + ": there is no month "
                    + text.substring(5), e);
        }
    }

    private static LocalDate weekStart(int year, int week, String text) {
        LocalDate mid = LocalDate.of(year, 7, 1);
        long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(mid).getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException("'" + text + "' is not a week: " + year + " has ISO weeks W01 to W" + weeks);
        }
        return CalendarUnit.WEEK.start(mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week));
    }

    private static LocalDate quarterStart(int year, int quarter, String text) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("'" + text + "' is not a quarter: the quarters are Q1 to Q4");
        }
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    private static LocalDate day(String day, String text) {
        if (!DAY.matcher(day).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a range of days: write both ends as days, as in "
                    + "2021-12-01..2021-12-14");
        }
        try {
            return LocalDate.parse(day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + day + "' is not a day of the calendar", e);
        }
    }
}
