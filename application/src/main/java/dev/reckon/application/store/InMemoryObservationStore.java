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
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Window;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
            observations.values().forEach(SeriesColumns::freeze);
            Map<SeriesKey, List<Coverage>> coverageByKey = new HashMap<>();
            for (Coverage window : coverage) {
                coverageByKey.computeIfAbsent(window.series(), k -> new ArrayList<>()).add(window);
            }
            coverageByKey.replaceAll((key, windows) -> List.copyOf(windows));
            return new Contribution(record, Map.copyOf(observations), Map.copyOf(coverageByKey));
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
        private final Map<SeriesKey, SeriesColumns> observations = new HashMap<>();
        private final Set<Coverage> coverage = new LinkedHashSet<>();
        private boolean finished;

        BufferedWrite(String source) {
            this.source = source;
        }

        @Override
        public void accept(Observation observation) {
            Objects.requireNonNull(observation, "observation is null");
            ensureOpen();
            observations.computeIfAbsent(observation.seriesKey(), SeriesColumns::new).put(observation);
        }

        @Override
        public SeriesSink series(SeriesKey series, ObservationOrigin origin) {
            Objects.requireNonNull(series, "series is null");
            Objects.requireNonNull(origin, "origin is null");
            ensureOpen();
            return new ColumnsOfSeries(observations.computeIfAbsent(series, SeriesColumns::new), origin);
        }

        @Override
        public void cover(Coverage window) {
            Objects.requireNonNull(window, "coverage is null");
            ensureOpen();
            coverage.add(window);
        }

        @Override
        public void commit(SourceRecord record) {
            Objects.requireNonNull(record, "record is null");
            if (!record.source().equals(source)) {
                throw new IllegalArgumentException("the record of '" + record.source() + "' cannot end the write of '"
                        + source + "'");
            }
            ensureOpen();
            finished = true;
            publish(Contribution.of(record, observations, coverage));
        }

        @Override
        public void close() {
            finished = true;
        }

        private void ensureOpen() {
            if (finished) {
                throw new IllegalStateException("the write of '" + source + "' is already committed or closed");
            }
        }

        /** Puts a series' observations straight into its columns. */
        private final class ColumnsOfSeries implements SeriesSink {

            private final SeriesColumns columns;
            private final ObservationOrigin origin;
            private final SeriesColumns.Shared withoutCurrency;
            private SeriesColumns.Shared lastWithCurrency;

            ColumnsOfSeries(SeriesColumns columns, ObservationOrigin origin) {
                this.columns = columns;
                this.origin = origin;
                this.withoutCurrency = SeriesColumns.Shared.of(Optional.empty(), origin);
            }

            @Override
            public void accept(Window window, long value, long line) {
                Objects.requireNonNull(window, "window is null");
                ensureOpen();
                columns.put(window, value, line, withoutCurrency);
            }

            @Override
            public void accept(Window window, Interval value, Optional<Currency> currency, long line) {
                Objects.requireNonNull(window, "window is null");
                Objects.requireNonNull(value, "value is null");
                ensureOpen();
                columns.put(window, value, line, shared(currency));
            }

            private SeriesColumns.Shared shared(Optional<Currency> currency) {
                if (currency.isEmpty()) {
                    return withoutCurrency;
                }
                if (lastWithCurrency == null || !lastWithCurrency.currency().equals(currency)) {
                    lastWithCurrency = SeriesColumns.Shared.of(currency, origin);
                }
                return lastWithCurrency;
            }
        }
    }
}
