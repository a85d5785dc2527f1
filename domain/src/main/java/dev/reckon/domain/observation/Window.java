package dev.reckon.domain.observation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** A half-open span of time {@code [start, end)}. An instant sample has {@code start == end}. */
public record Window(Instant start, Instant end) implements Comparable<Window> {

    public Window {
        Objects.requireNonNull(start, "start is null");
        Objects.requireNonNull(end, "end is null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("window ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** The days {@code from} to {@code toInclusive} in {@code zone}, from the first midnight to the midnight after the last day. */
    public static Window ofDays(LocalDate from, LocalDate toInclusive, ZoneId zone) {
        if (toInclusive.isBefore(from)) {
            throw new IllegalArgumentException("the last day " + toInclusive + " is before the first day " + from);
        }
        return new Window(dayStart(from, zone), dayEnd(toInclusive, zone));
    }

    /**
     * Where a day begins in {@code zone}: its first instant, which is midnight unless a clock change
     * skips midnight. With {@link #dayEnd} the one rule every reader of dates uses.
     */
    public static Instant dayStart(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** Where a day ends in {@code zone}, exclusively: where the next day begins, so a day's window is {@code [dayStart, dayEnd)}. */
    public static Instant dayEnd(LocalDate day, ZoneId zone) {
        return dayStart(day.plusDays(1), zone);
    }

    public static Window ofDay(LocalDate day, ZoneId zone) {
        return ofDays(day, day, zone);
    }

    /** A moment, such as a follower count sampled at a post's publish time. */
    public static Window at(Instant instant) {
        return new Window(instant, instant);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean isInstant() {
        return start.equals(end);
    }

    /** True when {@code other} lies wholly inside this window. */
    public boolean contains(Window other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end)
                && (!other.isInstant() || other.start.isBefore(end) || isInstant());
    }

    /** True when the two windows share some time (touching ends do not overlap). */
    public boolean overlaps(Window other) {
        if (isInstant() || other.isInstant()) {
            return contains(other) || other.contains(this);
        }
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public int compareTo(Window other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
