package dev.reckon.application.service;

import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostMetricValue;
import java.lang.ref.SoftReference;
import java.util.List;
import java.util.Objects;

/**
 * A store that keeps the posts' values it read last ({@link ObservationStore#postValues}), so that a
 * second read of the same posts gives them again without reading them: a set by post reads its
 * members' values, and the series of the same account and period, whose coverage says whether the
 * set is complete ({@link PostSeries}), reads the very same values. Over 100,000 posts that second
 * read was half of what crossed from a PostgreSQL server for the claim (docs/benchmarks.md).
 *
 * <p>Meant for what is read at one version of a store (a {@code StoreClaimChecking} snapshot): it
 * never asks whether the store changed. One read is kept, softly: a page's values can be hundreds of
 * megabytes, which the collector may take back whenever memory runs short.
 */
final class RecentPostValues extends ForwardingObservationStore {

    private record Kept(PostFilter filter, SoftReference<List<PostMetricValue>> values) {
    }

    private volatile Kept kept;

    RecentPostValues(ObservationStore store) {
        super(store);
    }

    @Override
    public List<PostMetricValue> postValues(PostFilter filter) {
        Objects.requireNonNull(filter, "filter is null");
        Kept last = kept;
        if (last != null && last.filter().equals(filter)) {
            List<PostMetricValue> values = last.values().get();
            if (values != null) {
                return values;
            }
        }
        List<PostMetricValue> values = List.copyOf(store().postValues(filter));
        kept = new Kept(filter, new SoftReference<>(values));
        return values;
    }
}
