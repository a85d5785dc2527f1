package dev.reckon.adapter.file.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/** A set of days, given back as runs of consecutive days: the windows a source covers. */
public final class DayRuns {

    private final NavigableSet<LocalDate> days = new TreeSet<>();

    /** Consecutive days from {@code first} to {@code last}, both included. */
    public record Run(LocalDate first, LocalDate last) {
    }

    public void add(LocalDate day) {
        days.add(day);
    }

    /** Every day from {@code from} to {@code toInclusive}. */
    public void addRange(LocalDate from, LocalDate toInclusive) {
        for (LocalDate day = from; !day.isAfter(toInclusive); day = day.plusDays(1)) {
            days.add(day);
        }
    }

    public void remove(LocalDate day) {
        days.remove(day);
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    /** The runs of consecutive days, in order, each from its first to its last day. */
    public List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate day : days) {
            if (last != null && day.equals(last.plusDays(1))) {
                last = day;
                continue;
            }
            if (first != null) {
                runs.add(new Run(first, last));
            }
            first = day;
            last = day;
        }
        if (first != null) {
            runs.add(new Run(first, last));
        }
        return runs;
    }
}
