package dev.reckon.adapter.file.canonical;

import dev.reckon.domain.observation.Window;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One {@code Window} object per distinct window across the parts of one file: a store tells a
 * window it already holds equal by reference before reading its instants, and the second half's
 * observations reach it after the first half's (docs/benchmarks.md measures what this saves).
 * Asked only when a row's dates are read, not on every row. Thread-safe: both halves use one.
 */
final class SharedWindows {

    private final ConcurrentMap<Window, Window> windows = new ConcurrentHashMap<>();

    /** The window equal to {@code window} met first, or {@code window} itself when it is the first (or too many are known). */
    Window shared(Window window) {
        Window known = windows.get(window);
        if (known != null) {
            return known;
        }
        if (windows.size() >= CellCache.MAX_REMEMBERED) {
            return window;
        }
        known = windows.putIfAbsent(window, window);
        return known != null ? known : window;
    }
}
