package dev.reckon.application.service;

import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostMetricValue;
import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A store that keeps the posts' values it read last ({@link ObservationStore#postValues}), so that a
 * second read of the same posts gives them again without reading them: a set by post reads its
 * members' values, account by account, and then the series of each account and period, whose
 * coverage says whether the set is complete ({@link PostSeries}), reads the very same values. Over
 * 100,000 posts that second read was half of what crossed from a PostgreSQL server for the claim
 * (docs/benchmarks.md).
 *
 * <p>Meant for what is read at one version of a store (a {@code StoreClaimChecking} snapshot): it
 * never asks whether the store changed. The reads of the last {@value #KEPT} filters (a set over
 * {@code *} reads one per account) are kept softly: a page's values can be hundreds of megabytes,
 * which the collector may take back whenever memory runs short.
 */
final class RecentPostValues extends ForwardingObservationStore {

    static final int KEPT = 32;

    private final Map<PostFilter, SoftReference<List<PostMetricValue>>> kept = new LinkedHashMap<>(KEPT * 2, 0.75f,
            true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PostFilter, SoftReference<List<PostMetricValue>>> eldest) {
            return size() > KEPT;
        }
    };

    RecentPostValues(ObservationStore store) {
        super(store);
    }

    @Override
    public List<PostMetricValue> postValues(PostFilter filter) {
        Objects.requireNonNull(filter, "filter is null");
        synchronized (kept) {
            SoftReference<List<PostMetricValue>> reference = kept.get(filter);
            List<PostMetricValue> values = reference == null ? null : reference.get();
            if (values != null) {
                return values;
            }
        }
        // Read outside the lock: two threads may read the same posts at once, which only costs the read.
        List<PostMetricValue> values = List.copyOf(store().postValues(filter));
        synchronized (kept) {
            kept.put(filter, new SoftReference<>(values));
        }
        return values;
    }
}
