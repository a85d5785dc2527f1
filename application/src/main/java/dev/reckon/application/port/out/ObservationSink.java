package dev.reckon.application.port.out;

import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.post.Post;

/** Where readers put what they read, one observation, coverage window or post at a time. */
public interface ObservationSink {

    void accept(Observation observation);

    void cover(Coverage coverage);

    /**
     * A post of a per-post export, besides the daily {@code post_*} observations it is rolled up
     * into. Within one source a later post with the same {@link Post#id()} replaces the earlier
     * one. A sink that only counts or checks observations ignores posts; a store's write keeps them.
     */
    default void post(Post post) {
    }

    /**
     * A sink for the observations of {@code series} read from {@code origin}, which a reader keeps
     * while the series recurs: what it is given is the same as {@link #accept}ing the observations
     * it describes. By default it builds those observations; a store overrides this to keep them
     * without looking the series up again for each one.
     */
    default SeriesSink series(SeriesKey series, ObservationOrigin origin) {
        return new ObservationBuilder(this, series, origin);
    }
}
