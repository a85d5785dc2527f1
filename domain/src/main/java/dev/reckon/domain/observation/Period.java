package dev.reckon.domain.observation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A named window of whole days in a time zone, such as {@code ge2019} from 2019-11-06 to
 * 2019-12-12 inclusive, Europe/London. A London day in summer is not a UTC day.
 */
public record Period(String name, LocalDate from, LocalDate to, ZoneId zone) {

    public Period {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(zone, "zone is null");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period '" + name + "' ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static Period of(String name, LocalDate from, LocalDate toInclusive, ZoneId zone) {
        return new Period(name, from, toInclusive, zone);
    }

    public static Period onDay(String name, LocalDate day, ZoneId zone) {
        return new Period(name, day, day, zone);
    }

    public Window window() {
        return Window.ofDays(from, to, zone);
    }

    public boolean isSingleDay() {
        return from.equals(to);
    }

    /** Days in the period, counting both ends. */
    public long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
    }

    @Override
    public String toString() {
        return isSingleDay() ? name + " (" + from + ")" : name + " (" + from + " to " + to + ")";
    }
}
