package dev.reckon.application.port.out;

import dev.reckon.domain.post.Post;

/**
 * One source's import into a store, applied all at once: nothing written through it is visible
 * until {@link #commit(SourceRecord)}, and closing it without committing leaves the store as it was.
 */
public interface SourceWrite extends ObservationSink, AutoCloseable {

    /**
     * Makes everything written visible at once, replacing what the source contributed before, and
     * stores {@code record} as the source's import record.
     *
     * @throws IllegalArgumentException when {@code record} is of another source than the write's
     */
    void commit(SourceRecord record);

    /**
     * Sends what the write holds on to the store now rather than at {@link #commit}, still
     * invisible to readers, so that the caller can do other work meanwhile (hash the file while a
     * server takes the rows); the write goes on taking rows after it. A write that keeps nothing
     * back does nothing.
     */
    default void flush() {
    }

    /** Keeps {@code post} with the source's other rows; see {@link ObservationSink#post}. */
    @Override
    void post(Post post);

    /** Abandons the write unless it was committed. */
    @Override
    void close();
}
