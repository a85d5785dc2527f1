package dev.reckon.adapter.file.crowdtangle;

import java.math.BigDecimal;

/**
 * A sum of counts, exact: kept in a {@code long} while it fits, since counts are whole and nearly
 * always small, and in a {@link BigDecimal} beyond. Empty until something is added, so that "no
 * value" stays apart from zero. Reused from row to row; not thread-safe.
 */
final class CountSum {

    private boolean empty = true;
    private long small;
    /** The sum once it no longer fits in {@link #small}, else null. */
    private BigDecimal large;

    void clear() {
        empty = true;
        small = 0;
        large = null;
    }

    boolean isEmpty() {
        return empty;
    }

    void add(long count) {
        empty = false;
        if (large == null) {
            try {
                small = Math.addExact(small, count);
                return;
            } catch (ArithmeticException tooLarge) {
                large = BigDecimal.valueOf(small);
            }
        }
        large = large.add(BigDecimal.valueOf(count));
    }

    void add(BigDecimal count) {
        empty = false;
        large = (large == null ? BigDecimal.valueOf(small) : large).add(count);
    }

    /** Adds what {@code other} holds; nothing when it is empty. */
    void add(CountSum other) {
        if (other.large != null) {
            add(other.large);
        } else if (!other.empty) {
            add(other.small);
        }
    }

    /** Whether the sum fits a {@code long}: {@link #longValue} is then the sum. */
    boolean fitsLong() {
        return large == null;
    }

    /** The sum while it {@link #fitsLong fits a long}; zero when empty. */
    long longValue() {
        return small;
    }

    /** The sum, a whole number (scale 0); zero when empty. */
    BigDecimal value() {
        return large != null ? large : BigDecimal.valueOf(small);
    }
}
