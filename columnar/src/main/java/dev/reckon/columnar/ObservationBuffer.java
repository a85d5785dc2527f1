package dev.reckon.columnar;

import dev.reckon.domain.number.Amount;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Window;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Holds what readers put in, by series, as a store's write does before it is committed: a later
 * observation of a window replaces the earlier one in its place, and equal coverage windows are
 * kept once. Observations are kept as columns ({@link SeriesColumns}), a few dozen bytes each.
 * Written by one thread; once {@link #close closed} it takes nothing more and can be read from any
 * thread that saw it closed.
 */
public final class ObservationBuffer {

    /** In the order of each series' first observation. */
    private final Map<SeriesKey, SeriesColumns> bySeries = new LinkedHashMap<>();
    private final Set<Coverage> coverage = new LinkedHashSet<>();
    private final String closedMessage;
    /** How many observations are held: one per series and window. */
    private long size;
    private boolean closed;

    public ObservationBuffer() {
        this("the buffer is closed");
    }

    /** A buffer that says {@code closedMessage} when used after it was closed. */
    public ObservationBuffer(String closedMessage) {
        this.closedMessage = Objects.requireNonNull(closedMessage, "closedMessage is null");
    }

    /** Holds {@code observation}, in place of one of its series and window held before. */
    public void accept(Observation observation) {
        Objects.requireNonNull(observation, "observation is null");
        ensureOpen();
        if (columnsOf(observation.seriesKey()).put(observation)) {
            size++;
        }
    }

    /**
     * Where the observations of {@code series} read from {@code source} (exported at
     * {@code exportedAt}, by the import {@code importId}) go without the series being looked up again
     * for each: what it is given is the same as {@link #accept}ing the observations it describes.
     */
    public ColumnsOfSeries series(SeriesKey series, String source, Optional<Instant> exportedAt, String importId) {
        Objects.requireNonNull(series, "series is null");
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(exportedAt, "exportedAt is null");
        Objects.requireNonNull(importId, "importId is null");
        ensureOpen();
        return new ColumnsOfSeries(columnsOf(series), SeriesColumns.Shared.of(Optional.empty(), source, exportedAt, importId));
    }

    /** Holds {@code window}, once however often it comes. */
    public void cover(Coverage window) {
        Objects.requireNonNull(window, "coverage is null");
        ensureOpen();
        coverage.add(window);
    }

    /** How many observations are held: one per series and window. */
    public long size() {
        return size;
    }

    /** Ends the writing: what was put in is kept, and nothing more can be. */
    public void close() {
        if (!closed) {
            closed = true;
            bySeries.values().forEach(SeriesColumns::freeze);
        }
    }

    /** Gives every observation held, series by series in the order each first came, each series' in its order. */
    public void forEach(BiConsumer<SeriesKey, Observation> action) {
        Objects.requireNonNull(action, "action is null");
        ensureClosed();
        bySeries.forEach((series, columns) -> columns.observations().forEach(o -> action.accept(series, o)));
    }

    /** Gives the columns of every series held, in the order each series first came. */
    public void forEachSeries(BiConsumer<SeriesKey, SeriesColumns> action) {
        Objects.requireNonNull(action, "action is null");
        ensureClosed();
        bySeries.forEach(action);
    }

    /** The coverage windows held, in the order they came. */
    public List<Coverage> coverage() {
        ensureClosed();
        return List.copyOf(coverage);
    }

    /** The columns of each series, once closed. */
    public Map<SeriesKey, SeriesColumns> columns() {
        ensureClosed();
        return Map.copyOf(bySeries);
    }

    private SeriesColumns columnsOf(SeriesKey series) {
        return bySeries.computeIfAbsent(series, SeriesColumns::new);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(closedMessage);
        }
    }

    private void ensureClosed() {
        if (!closed) {
            throw new IllegalStateException("the buffer is still being written");
        }
    }

    /**
     * Puts a series' observations straight into its columns: only what differs from one observation
     * to the next. Belongs to the thread of its buffer.
     */
    public final class ColumnsOfSeries {

        private final SeriesColumns columns;
        private final SeriesColumns.Shared withoutCurrency;
        private SeriesColumns.Shared lastWithCurrency;

        private ColumnsOfSeries(SeriesColumns columns, SeriesColumns.Shared withoutCurrency) {
            this.columns = columns;
            this.withoutCurrency = withoutCurrency;
        }

        /** An observation of exactly {@code value} over {@code window}, without currency, read at {@code line}. */
        public void accept(Window window, long value, long line) {
            Objects.requireNonNull(window, "window is null");
            ensureOpen();
            if (columns.put(window, value, line, withoutCurrency)) {
                size++;
            }
        }

        /** An observation of {@code value} over {@code window}, read at {@code line}. */
        public void accept(Window window, Amount value, long line) {
            Objects.requireNonNull(window, "window is null");
            Objects.requireNonNull(value, "value is null");
            ensureOpen();
            if (columns.put(window, value.interval(), line, shared(value.currency()))) {
                size++;
            }
        }

        private SeriesColumns.Shared shared(Optional<Currency> currency) {
            if (currency.isEmpty()) {
                return withoutCurrency;
            }
            if (lastWithCurrency == null || !lastWithCurrency.currency().equals(currency)) {
                lastWithCurrency = withoutCurrency.withCurrency(currency);
            }
            return lastWithCurrency;
        }
    }
}
