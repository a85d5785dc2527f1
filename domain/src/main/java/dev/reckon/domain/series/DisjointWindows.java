package dev.reckon.domain.series;

import dev.reckon.domain.observation.Window;
import java.time.Instant;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Windows chosen so far, none overlapping another, with a fast test for overlap with a new one. */
final class DisjointWindows {

    private final TreeMap<Instant, Window> spans = new TreeMap<>();
    private final NavigableSet<Instant> instants = new TreeSet<>();

    /** Adds the window when it overlaps none already here; tells whether it was added. */
    boolean addIfDisjoint(Window window) {
        if (overlaps(window)) {
            return false;
        }
        if (window.isInstant()) {
            instants.add(window.start());
        } else {
            spans.put(window.start(), window);
        }
        return true;
    }

    private boolean overlaps(Window window) {
        if (window.isInstant()) {
            Map.Entry<Instant, Window> before = spans.floorEntry(window.start());
            return instants.contains(window.start())
                    || before != null && before.getValue().end().isAfter(window.start());
        }
        Map.Entry<Instant, Window> lastStartingBeforeEnd = spans.lowerEntry(window.end());
        if (lastStartingBeforeEnd != null && lastStartingBeforeEnd.getValue().end().isAfter(window.start())) {
            return true;
        }
        Instant firstInstant = instants.ceiling(window.start());
        return firstInstant != null && firstInstant.isBefore(window.end());
    }
}
