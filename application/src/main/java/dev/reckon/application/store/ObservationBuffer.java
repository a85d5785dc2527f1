package dev.reckon.application.store;

import dev.reckon.application.port.out.ObservationOrigin;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.out.SeriesSink;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Window;
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
public final class ObservationBuffer implements ObservationSink {

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
    ObservationBuffer(String closedMessage) {
        this.closedMessage = Objects.requireNonNull(closedMessage, "closedMessage is null");
    }

    @Override
    public void accept(Observation observation) {
        Objects.requireNonNull(observation, "observation is null");
        ensureOpen();
        if (columnsOf(observation.seriesKey()).put(observation)) {
            size++;
        }
    }

    @Override
    public SeriesSink series(SeriesKey series, ObservationOrigin origin) {
        Objects.requireNonNull(series, "series is null");
        Objects.requireNonNull(origin, "origin is null");
        ensureOpen();
        return new ColumnsOfSeries(columnsOf(series), origin);
    }

    @Override
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

    /** The coverage windows held, in the order they came. */
    public List<Coverage> coverage() {
        ensureClosed();
        return List.copyOf(coverage);
    }

    /** The columns of each series, once closed. */
    Map<SeriesKey, SeriesColumns> columns() {
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
            if (columns.put(window, value, line, withoutCurrency)) {
                size++;
            }
        }

        @Override
        public void accept(Window window, Interval value, Optional<Currency> currency, long line) {
            Objects.requireNonNull(window, "window is null");
            Objects.requireNonNull(value, "value is null");
            ensureOpen();
            if (columns.put(window, value, line, shared(currency))) {
                size++;
            }
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
