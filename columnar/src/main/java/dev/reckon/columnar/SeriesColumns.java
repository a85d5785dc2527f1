package dev.reckon.columnar;

import dev.reckon.domain.number.Amount;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Window;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The observations of one series from one source, kept as columns rather than objects: an import
 * holds millions of observations, and as objects (each with its key, interval, provenance and map
 * entry) a million of them filled most of a 512 MB heap. Per observation this keeps its window (one
 * object per distinct window, shared), its value as a {@code long} when it is a whole number (most
 * are) or as its interval otherwise, its line, and what it shares with others (currency, source,
 * export time, import), kept once for the whole series while all share the same. A later observation of a window already held
 * replaces it in place, so the order is that of each window's first appearance, as a
 * {@code LinkedHashMap} keyed by window would keep it. Observations are rebuilt when asked for.
 *
 * <p>Written by one thread, then only read once the write is committed.
 */
public final class SeriesColumns {

    private static final int INITIAL_CAPACITY = 8;

    private final SeriesKey key;
    private Window[] windows = new Window[INITIAL_CAPACITY];
    /**
     * Per observation, its value when a whole number (at {@code 2 * position}) and its line (at
     * {@code 2 * position + 1}): side by side, as they are written together, so that an import
     * touching one series after another reaches both with one memory access.
     */
    private long[] valuesAndLines = new long[2 * INITIAL_CAPACITY];
    /** {@code null} where the value is the whole number in {@link #valuesAndLines}. */
    private Interval[] otherValues;
    /** What every observation shares while they all share the same (a source's rows usually do); then {@code shared} is null. */
    private Shared sharedByAll;
    /** Per observation, what it shares with others; null while {@link #sharedByAll} holds for all. */
    private Shared[] shared;
    private Shared lastShared;
    private int size;
    /**
     * Open addressing from a window's hash to its position + 1 (0: free); {@code null} while the
     * windows came in time order (see {@link #positionOf}) and after {@link #freeze}.
     */
    private int[] positions;
    /** The position last put, where the next row of a re-exported run of days most likely goes. */
    private int lastFound = -1;

    SeriesColumns(SeriesKey key) {
        this.key = Objects.requireNonNull(key, "key is null");
    }

    public SeriesKey key() {
        return key;
    }

    public int size() {
        return size;
    }

    /** The window of the observation at {@code position}, without rebuilding the observation. */
    public Window window(int position) {
        Objects.checkIndex(position, size);
        return windows[position];
    }

    /** Adds the observation of {@code key}'s series, or replaces the one held for its window; true when added. */
    boolean put(Observation observation) {
        if (lastShared == null || !lastShared.matches(observation)) {
            lastShared = Shared.of(observation);
        }
        return put(observation.window(), observation.value(), observation.provenance().line().orElse(0), lastShared); // 0: no line
    }

    /** Adds the observation of {@code value} over {@code window}, or replaces the one held for the window; true when added. */
    boolean put(Window window, Interval value, long line, Shared common) {
        if (isWholeNumber(value)) {
            return put(window, value.lo().orElseThrow().longValue(), line, common);
        }
        int held = size;
        int position = place(window);
        if (otherValues == null) {
            otherValues = new Interval[windows.length];
        }
        otherValues[position] = value;
        valuesAndLines[2 * position + 1] = line;
        share(position, common);
        return size > held;
    }

    /** Adds the observation of exactly {@code value} over {@code window}, or replaces the one held for the window; true when added. */
    boolean put(Window window, long value, long line, Shared common) {
        int held = size;
        int position = place(window);
        valuesAndLines[2 * position] = value;
        if (otherValues != null) {
            otherValues[position] = null;
        }
        valuesAndLines[2 * position + 1] = line;
        share(position, common);
        return size > held;
    }

    private void share(int position, Shared common) {
        if (shared == null) {
            if (sharedByAll == null || sharedByAll == common) {
                sharedByAll = common;
                return;
            }
            shared = new Shared[windows.length];
            Arrays.fill(shared, 0, size, sharedByAll);
        }
        shared[position] = common;
    }

    /** Where {@code window}'s observation goes: the position held for it, or a new one at the end. */
    private int place(Window window) {
        int position = positionOf(window);
        if (position == size) {
            grow();
            windows[size] = window;
            size++;
        }
        return position;
    }

    /** Ends the write: drops the lookup and the unused room. */
    void freeze() {
        positions = null;
        lastShared = null;
        windows = Arrays.copyOf(windows, size);
        valuesAndLines = Arrays.copyOf(valuesAndLines, 2 * size);
        otherValues = otherValues == null ? null : Arrays.copyOf(otherValues, size);
        shared = shared == null ? null : Arrays.copyOf(shared, size);
    }

    Observation get(int position) {
        Interval value = value(position);
        Shared common = shared(position);
        return new Observation(key.subject(), key.platform(), key.metric(), windows[position], key.segment(), new Amount(value, common.currency()), new Provenance(common.source(), valuesAndLines[2 * position + 1], common.exportedAt(), common.importId()));
    }

    /**
     * Whether the value of the observation at {@code position} is exactly a whole number, which
     * {@link #wholeNumber} gives without an interval being made; otherwise {@link #value} gives it.
     */
    public boolean isWholeNumber(int position) {
        Objects.checkIndex(position, size);
        return otherValues == null || otherValues[position] == null;
    }

    /** The value of the observation at {@code position}, when {@link #isWholeNumber} says it is one. */
    public long wholeNumber(int position) {
        if (!isWholeNumber(position)) {
            throw new IllegalStateException("the value at " + position + " is " + otherValues[position]
                    + ", not a whole number");
        }
        return valuesAndLines[2 * position];
    }

    /** The value of the observation at {@code position}, as an interval. */
    public Interval value(int position) {
        return isWholeNumber(position) ? Interval.exactly(valuesAndLines[2 * position]) : otherValues[position];
    }

    /** The line of the observation at {@code position}, 0 for none. */
    public long line(int position) {
        Objects.checkIndex(position, size);
        return valuesAndLines[2 * position + 1];
    }

    /**
     * What the observation at {@code position} shares with others: one object for a run of them, so
     * a writer that compares it by reference looks its provenance up once per run, not per row.
     */
    public Shared shared(int position) {
        Objects.checkIndex(position, size);
        return shared == null ? sharedByAll : shared[position];
    }

    /** The observations in order, each rebuilt when read. */
    public List<Observation> observations() {
        return new AbstractList<>() {
            @Override
            public Observation get(int index) {
                return SeriesColumns.this.get(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /**
     * Whether the value is {@link Interval#exactly} a whole number of at most 18 digits (so it fits a
     * {@code long}), which {@link Interval#exactly(long)} gives back unchanged. Checked without
     * {@code unscaledValue()}, which would make a {@code BigInteger} for every row.
     */
    private static boolean isWholeNumber(Interval value) {
        Optional<BigDecimal> lo = value.lo();
        if (lo.isEmpty() || value.hi().orElse(null) != lo.get()) {
            return false;
        }
        BigDecimal number = lo.get();
        return number.scale() == 0 && number.precision() <= 18;
    }

    /**
     * The position of {@code window}: where it is held, or {@link #size} when it is new. A series'
     * rows usually come in time order, and while they do the windows held are sorted: a window
     * after the last is new, a repeated one is most often the one after the window last found (a
     * later export of the same days) or else found by binary search. The first window out of order
     * turns to a hash table, which holds every window from then on.
     */
    private int positionOf(Window window) {
        if (positions == null) {
            int found = positionInOrder(window);
            if (found >= 0) {
                lastFound = found;
                return found;
            }
            rehash(Integer.highestOneBit(Math.max(size, INITIAL_CAPACITY) * 2) * 2);
        }
        lastFound = positionHashed(window);
        return lastFound;
    }

    /** The position of {@code window} while the windows are sorted, or -1 when it would break their order. */
    private int positionInOrder(Window window) {
        if (size == 0 || window.compareTo(windows[size - 1]) > 0) {
            return size;
        }
        int next = lastFound + 1;
        if (next < size && (windows[next] == window || windows[next].equals(window))) {
            return next;
        }
        int found = Arrays.binarySearch(windows, 0, size, window);
        return found >= 0 ? found : -1;
    }

    private int positionHashed(Window window) {
        int mask = positions.length - 1;
        for (int slot = spread(window.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            int held = positions[slot];
            if (held == 0) {
                if ((size + 1) * 2 > positions.length) {
                    rehash(positions.length * 2);
                    return positionOfNew(window);
                }
                positions[slot] = size + 1;
                return size;
            }
            Window other = windows[held - 1];
            if (other == window || other.equals(window)) {
                return held - 1;
            }
        }
    }

    private int positionOfNew(Window window) {
        int mask = positions.length - 1;
        int slot = spread(window.hashCode()) & mask;
        while (positions[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        positions[slot] = size + 1;
        return size;
    }

    private void rehash(int capacity) {
        positions = new int[capacity];
        int mask = capacity - 1;
        for (int position = 0; position < size; position++) {
            int slot = spread(windows[position].hashCode()) & mask;
            while (positions[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            positions[slot] = position + 1;
        }
    }

    /**
     * Windows of consecutive days differ only in the high bits of their hash (days are multiples of
     * 86,400 s), so the hash is mixed (MurmurHash3's finaliser) before its low bits pick a slot.
     */
    private static int spread(int hash) {
        int h = hash ^ (hash >>> 16);
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    private void grow() {
        if (size < windows.length) {
            return;
        }
        int capacity = windows.length * 2;
        windows = Arrays.copyOf(windows, capacity);
        valuesAndLines = Arrays.copyOf(valuesAndLines, 2 * capacity);
        otherValues = otherValues == null ? null : Arrays.copyOf(otherValues, capacity);
        shared = shared == null ? null : Arrays.copyOf(shared, capacity);
    }

    /** What the observations of one source usually have in common, kept once for a run of them. */
    public record Shared(Optional<Currency> currency, String source, Optional<Instant> exportedAt, String importId) {

        static Shared of(Observation observation) {
            Provenance provenance = observation.provenance();
            return new Shared(observation.currency(), provenance.source(), provenance.exportedAt(), provenance.importId());
        }

        /** What observations from {@code source}, exported at {@code exportedAt} and read by {@code importId}, share. */
        static Shared of(Optional<Currency> currency, String source, Optional<Instant> exportedAt, String importId) {
            return new Shared(currency, source, exportedAt, importId);
        }

        Shared withCurrency(Optional<Currency> other) {
            return new Shared(other, source, exportedAt, importId);
        }

        boolean matches(Observation observation) {
            Provenance provenance = observation.provenance();
            return currency.equals(observation.currency()) && source.equals(provenance.source())
                    && exportedAt.equals(provenance.exportedAt()) && importId.equals(provenance.importId());
        }
    }
}
