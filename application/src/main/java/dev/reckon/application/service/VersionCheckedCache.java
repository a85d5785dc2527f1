package dev.reckon.application.service;

import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SeriesData;
import dev.reckon.domain.observation.SeriesKey;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A store that keeps the series and segment keys it has read for as long as the store's
 * {@link ObservationStore#version() version} stays the same, so that a server answering many checks
 * over data that rarely changes reads each series once. Any commit or removal, by this process or
 * another, changes the version and so empties the cache at the next read; a read never returns data
 * older than the version it checked.
 *
 * <p>At most {@code maxSeries} series are kept; past that, series are read from the store each time.
 * Thread-safe as far as the store it wraps is.
 */
public final class VersionCheckedCache extends ForwardingObservationStore {

    private final int maxSeries;
    private volatile Entries entries = new Entries(Long.MIN_VALUE);

    public VersionCheckedCache(ObservationStore store, int maxSeries) {
        super(store);
        if (maxSeries < 1) {
            throw new IllegalArgumentException("a cache holds at least one series, not " + maxSeries);
        }
        this.maxSeries = maxSeries;
    }

    @Override
    public SeriesData find(SeriesKey key) {
        Objects.requireNonNull(key, "key is null");
        // The version is read before the data: what is cached under it is at least as new as it.
        Entries current = current();
        SeriesData data = current.series.get(key);
        if (data == null) {
            data = store().find(key);
            if (current.series.size() < maxSeries) {
                current.series.put(key, data);
            }
        }
        return data;
    }

    @Override
    public Set<String> segmentKeys() {
        Entries current = current();
        Set<String> keys = current.segmentKeys;
        if (keys == null) {
            keys = Set.copyOf(store().segmentKeys());
            current.segmentKeys = keys;
        }
        return keys;
    }

    @Override
    public Map<String, SortedSet<String>> segmentValues() {
        Entries current = current();
        Map<String, SortedSet<String>> values = current.segmentValues;
        if (values == null) {
            values = store().segmentValues();
            current.segmentValues = values;
        }
        return values;
    }

    private Entries current() {
        long version = store().version();
        Entries current = entries;
        if (current.version != version) {
            // Two threads may both start a new generation; the last one kept wins, which only costs reads.
            current = new Entries(version);
            entries = current;
        }
        return current;
    }

    /** What was read at one version of the store. */
    private static final class Entries {

        private final long version;
        private final Map<SeriesKey, SeriesData> series = new ConcurrentHashMap<>();
        private volatile Set<String> segmentKeys;
        private volatile Map<String, SortedSet<String>> segmentValues;

        Entries(long version) {
            this.version = version;
        }
    }
}
