package dev.reckon.adapter.jdbc;

import dev.reckon.domain.observation.Window;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.store.codec.EpochNanos;
import java.util.ArrayList;
import java.util.List;

/**
 * A filter's creation window in the store's nanoseconds, from {@code start} to before {@code end};
 * every time the store can keep when the filter names none. A window reaching past the times the
 * store keeps is cut to them, since no post outside them is stored.
 */
record CreatedWindow(long start, long end) {

    static CreatedWindow of(PostFilter filter) {
        return filter.created().map(CreatedWindow::of).orElse(new CreatedWindow(Long.MIN_VALUE, Long.MAX_VALUE));
    }

    private static CreatedWindow of(Window window) {
        long start = window.start().isBefore(EpochNanos.EARLIEST) ? Long.MIN_VALUE
                : window.start().isAfter(EpochNanos.LATEST) ? Long.MAX_VALUE : EpochNanos.of(window.start());
        long end = window.end().isAfter(EpochNanos.LATEST) ? Long.MAX_VALUE
                : window.end().isBefore(EpochNanos.EARLIEST) ? Long.MIN_VALUE : EpochNanos.of(window.end());
        return new CreatedWindow(start, end);
    }

    boolean holds(long created) {
        return created >= start && created < end;
    }

    /** Where the posts of {@code keys} created within it are. */
    List<Integer> indexes(PostKeys keys) {
        List<Integer> within = new ArrayList<>();
        for (int i = 0; i < keys.count(); i++) {
            if (holds(keys.created(i))) {
                within.add(i);
            }
        }
        return within;
    }
}
