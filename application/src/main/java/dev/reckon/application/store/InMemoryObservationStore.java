package dev.reckon.application.store;

import dev.reckon.application.port.out.ObservationCursor;
import dev.reckon.application.port.out.ObservationOrigin;
import dev.reckon.application.port.out.ObservationPage;
import dev.reckon.application.port.out.ObservationQuery;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SeriesData;
import dev.reckon.application.port.out.SeriesSink;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.SeriesKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An {@link ObservationStore} held in memory, for tests and for runs that need no persistence.
 *
 * <p>Thread-safe: readers see an immutable snapshot and never wait; a commit or a removal builds
 * the next snapshot under a lock and publishes it in one step, so a reader sees a source either
 * wholly before or wholly after a write. A {@link SourceWrite} itself belongs to one thread.
 */
public final class InMemoryObservationStore implements ObservationStore {

    /** Sources in the order {@link #find} reports them: imported earlier first, then by name. */
    private static final Comparator<Contribution> IMPORT_ORDER =
            Comparator.comparing((Contribution c) -> c.record().importedAt())
                    .thenComparing(c -> c.record().source());

    private final Object writeLock = new Object();
    private volatile Snapshot snapshot = new Snapshot(Map.of());
    /** Counts the snapshots published; written under the lock, after the snapshot it counts. */
    private volatile long version;

    @Override
    public SourceWrite replaceSource(String source) {
        Objects.requireNonNull(source, "source is null");
        return new BufferedWrite(source);
    }

    @Override
    public void removeSource(String source) {
        Objects.requireNonNull(source, "source is null");
        synchronized (writeLock) {
            Map<String, Contribution> next = new HashMap<>(snapshot.bySource());
            if (next.remove(source) != null) {
                snapshot = new Snapshot(next);
                version++;
            }
        }
    }

    @Override
    public SeriesData find(SeriesKey key) {
        Objects.requireNonNull(key, "key is null");
        List<Observation> observations = new ArrayList<>();
        List<Coverage> coverage = new ArrayList<>();
        for (Contribution contribution : snapshot.inImportOrder()) {
            SeriesColumns held = contribution.observations().get(key);
            if (held != null) {
                observations.addAll(held.observations());
            }
            coverage.addAll(contribution.coverage().getOrDefault(key, List.of()));
        }
        return new SeriesData(observations, coverage);
    }

    @Override
    public List<SourceRecord> sources() {
        return new TreeMap<>(snapshot.bySource()).values().stream().map(Contribution::record).toList();
    }

    @Override
    public Optional<SourceRecord> source(String source) {
        Objects.requireNonNull(source, "source is null");
        return Optional.ofNullable(snapshot.bySource().get(source)).map(Contribution::record);
    }

    @Override
    public ObservationPage list(ObservationQuery query) {
        Objects.requireNonNull(query, "query is null");
        List<Observation> matching = new ArrayList<>();
        for (Contribution contribution : snapshot.inImportOrder()) {
            for (SeriesColumns held : contribution.observations().values()) {
                for (Observation observation : held.observations()) {
                    if (query.matches(observation) && query.after().map(c -> c.precedes(observation)).orElse(true)) {
                        matching.add(observation);
                    }
                }
            }
        }
        matching.sort(Comparator.comparing(ObservationCursor::of, ObservationCursor.ORDER));
        return ObservationPage.of(matching.subList(0, Math.min(matching.size(), query.limit() + 1)), query.limit());
    }

    @Override
    public Set<String> segmentKeys() {
        Set<String> keys = new TreeSet<>();
        for (Contribution contribution : snapshot.inImportOrder()) {
            contribution.observations().forEach((key, held) -> {
                if (!key.segment().isTotal() && held.size() > 0) {
                    keys.add(key.segment().key());
                }
            });
        }
        return keys;
    }

    @Override
    public long version() {
        return version;
    }

    private void publish(Contribution contribution) {
        synchronized (writeLock) {
            Map<String, Contribution> next = new HashMap<>(snapshot.bySource());
            next.put(contribution.record().source(), contribution);
            snapshot = new Snapshot(next);
            version++;
        }
    }

    /** Everything one source contributed, indexed by series. */
    private record Contribution(SourceRecord record, Map<SeriesKey, SeriesColumns> observations,
                                Map<SeriesKey, List<Coverage>> coverage) {

        static Contribution of(SourceRecord record, Map<SeriesKey, SeriesColumns> observations, Iterable<Coverage> coverage) {
            Map<SeriesKey, List<Coverage>> coverageByKey = new HashMap<>();
            for (Coverage window : coverage) {
                coverageByKey.computeIfAbsent(window.series(), k -> new ArrayList<>()).add(window);
            }
            coverageByKey.replaceAll((key, windows) -> List.copyOf(windows));
            return new Contribution(record, observations, Map.copyOf(coverageByKey));
        }
    }

    private record Snapshot(Map<String, Contribution> bySource, List<Contribution> inImportOrder) {

        Snapshot(Map<String, Contribution> bySource) {
            this(Map.copyOf(bySource), bySource.values().stream().sorted(IMPORT_ORDER).toList());
        }
    }

    /** Buffers one source's rows, by series, until commit; a later row with the same key replaces an earlier one. */
    private final class BufferedWrite implements SourceWrite {

        private final String source;
        private final ObservationBuffer buffer;
        private boolean finished;

        BufferedWrite(String source) {
            this.source = source;
            this.buffer = new ObservationBuffer("the write of '" + source + "' is already committed or closed");
        }

        @Override
        public void accept(Observation observation) {
            buffer.accept(observation);
        }

        @Override
        public SeriesSink series(SeriesKey series, ObservationOrigin origin) {
            return buffer.series(series, origin);
        }

        @Override
        public void cover(Coverage window) {
            buffer.cover(window);
        }

        @Override
        public void commit(SourceRecord record) {
            Objects.requireNonNull(record, "record is null");
            if (!record.source().equals(source)) {
                throw new IllegalArgumentException("the record of '" + record.source() + "' cannot end the write of '"
                        + source + "'");
            }
            if (finished) {
                throw new IllegalStateException("the write of '" + source + "' is already committed or closed");
            }
            finished = true;
            buffer.close();
            publish(Contribution.of(record, buffer.columns(), buffer.coverage()));
        }

        @Override
        public void close() {
            finished = true;
            buffer.close();
        }
    }
}
