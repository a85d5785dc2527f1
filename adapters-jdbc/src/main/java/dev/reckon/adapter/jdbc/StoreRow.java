package dev.reckon.adapter.jdbc;

/**
 * One observation as the store's {@code observation} table keeps it: ids and numbers, its value as
 * a whole number or as the text of its ends. Mutable and reused, because an import passes millions
 * of rows through a few of these (held, spilled, merged, inserted) and an object per row would be
 * most of its garbage.
 */
final class StoreRow {

    long seriesId;
    long windowStart;
    long windowEnd;
    /** The row's position among the source's rows: where its key first came. */
    long seq;
    /** True when the value is exactly {@link #wholeValue}; else its ends are {@link #lo} and {@link #hi}. */
    boolean whole;
    long wholeValue;
    /** The lower end as an exact decimal, null when unbounded; unused when {@link #whole}. */
    String lo;
    /** The upper end as an exact decimal, null when unbounded; unused when {@link #whole}. */
    String hi;
    /** The ISO 4217 code, or null for a value without currency. */
    String currency;
    long provenanceId;
    /** The row's line in its file, 0 for none. */
    long line;

    /** Orders rows by the table's key within one source: series, then window start, then window end. */
    int compareKey(StoreRow other) {
        int bySeries = Long.compare(seriesId, other.seriesId);
        if (bySeries != 0) {
            return bySeries;
        }
        int byStart = Long.compare(windowStart, other.windowStart);
        return byStart != 0 ? byStart : Long.compare(windowEnd, other.windowEnd);
    }

    boolean sameKey(StoreRow other) {
        return seriesId == other.seriesId && windowStart == other.windowStart && windowEnd == other.windowEnd;
    }

    /** Takes {@code other}'s value, currency, provenance and line, keeping this row's key and seq. */
    void takeValueOf(StoreRow other) {
        whole = other.whole;
        wholeValue = other.wholeValue;
        lo = other.lo;
        hi = other.hi;
        currency = other.currency;
        provenanceId = other.provenanceId;
        line = other.line;
    }

    void copyOf(StoreRow other) {
        seriesId = other.seriesId;
        windowStart = other.windowStart;
        windowEnd = other.windowEnd;
        seq = other.seq;
        takeValueOf(other);
    }

    String loText() {
        return whole ? Long.toString(wholeValue) : lo;
    }

    String hiText() {
        return whole ? Long.toString(wholeValue) : hi;
    }
}
