package dev.reckon.adapter.file.facebook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The zeros a lifetime column of a page export starts with. Facebook writes {@code 0} in
 * {@code Lifetime Total Likes} for the days before it recorded the page, then jumps to the real
 * count (0 until 11 February, 107 on 12 February): read as a count, those zeros would make any
 * growth since then look like growth from nothing. So the zeros a column starts with are held
 * back: a later non-zero value shows they were not recorded, and they are dropped; a column that
 * reads 0 to its end is taken at its word. Rows come in date order, as Facebook writes them.
 */
final class LeadingZeros {

    /** A zero held back, with what emitting it would take. */
    private record Held(LocalDate day, Runnable emit) {
    }

    /** Per column index, the zeros read before its first non-zero value; absent once one was read. */
    private final Map<Integer, List<Held>> held = new HashMap<>();
    private final Set<Integer> recorded = new HashSet<>();
    /** Per column label, the first day it recorded, for columns whose leading zeros were dropped. */
    private final Map<String, LocalDate> droppedBefore = new LinkedHashMap<>();

    /**
     * Takes a lifetime cell's value: emits it, holds it back when it is a leading zero, or, at the
     * column's first non-zero value, drops the zeros held and emits the value.
     */
    void take(int column, String label, LocalDate day, BigDecimal value, Runnable emit) {
        if (recorded.contains(column)) {
            emit.run();
            return;
        }
        if (value.signum() == 0) {
            held.computeIfAbsent(column, c -> new ArrayList<>()).add(new Held(day, emit));
            return;
        }
        recorded.add(column);
        if (held.remove(column) != null) {
            droppedBefore.put(label, day);
        }
        emit.run();
    }

    /** Emits the zeros of columns that never read anything else, and tells what was dropped. */
    void finish(Consumer<String> note) {
        held.values().forEach(zeros -> zeros.forEach(zero -> zero.emit().run()));
        held.clear();
        if (droppedBefore.isEmpty()) {
            return;
        }
        List<String> shown = droppedBefore.entrySet().stream().limit(3)
                .map(e -> e.getKey() + " (before " + e.getValue() + ")").toList();
        int more = droppedBefore.size() - shown.size();
        note.accept(droppedBefore.size() + " lifetime column" + (droppedBefore.size() == 1 ? " reads" : "s read")
                + " 0 before its first recorded day; those zeros are taken as not recorded, not as a count: "
                + String.join(", ", shown) + (more > 0 ? " and " + more + " more" : ""));
    }
}
