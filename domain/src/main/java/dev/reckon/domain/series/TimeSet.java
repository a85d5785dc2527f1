package dev.reckon.domain.series;

import dev.reckon.domain.observation.Window;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A set of time as sorted, disjoint, non-touching windows of non-zero length. Instants take no
 * time, so they never enter a time set.
 */
final class TimeSet {

    static final TimeSet EMPTY = new TimeSet(List.of());

    private final List<Window> windows;

    private TimeSet(List<Window> windows) {
        this.windows = List.copyOf(windows);
    }

    static TimeSet of(Window window) {
        return of(List.of(window));
    }

    /** The union of the windows, merged where they overlap or touch. */
    static TimeSet of(Collection<Window> windows) {
        List<Window> sorted = windows.stream().filter(w -> !w.isInstant())
                .sorted(Comparator.comparing(Window::start)).toList();
        List<Window> merged = new ArrayList<>();
        for (Window next : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !next.start().isAfter(merged.get(last).end())) {
                Window previous = merged.get(last);
                Instant end = next.end().isAfter(previous.end()) ? next.end() : previous.end();
                merged.set(last, new Window(previous.start(), end));
            } else {
                merged.add(next);
            }
        }
        return new TimeSet(merged);
    }

    List<Window> windows() {
        return windows;
    }

    boolean isEmpty() {
        return windows.isEmpty();
    }

    TimeSet union(TimeSet other) {
        List<Window> both = new ArrayList<>(windows);
        both.addAll(other.windows);
        return of(both);
    }

    /** The time in this set that is not in {@code other}. */
    TimeSet minus(TimeSet other) {
        List<Window> result = new ArrayList<>();
        for (Window window : windows) {
            Instant cursor = window.start();
            for (Window cut : other.windows) {
                if (!cut.end().isAfter(cursor) || !cut.start().isBefore(window.end())) {
                    continue;
                }
                if (cut.start().isAfter(cursor)) {
                    result.add(new Window(cursor, cut.start()));
                }
                cursor = cut.end();
                if (!cursor.isBefore(window.end())) {
                    break;
                }
            }
            if (cursor.isBefore(window.end())) {
                result.add(new Window(cursor, window.end()));
            }
        }
        return new TimeSet(result);
    }

    /** The time in both sets. */
    TimeSet intersect(TimeSet other) {
        return minus(minus(other));
    }

    /** True when every moment of {@code window} is in this set. */
    boolean covers(Window window) {
        return !window.isInstant() && of(window).minus(this).isEmpty();
    }
}
