package dev.reckon.store.codec;

import java.time.Instant;

/**
 * Instants as nanoseconds since 1970 in one 64-bit integer: exact to the nanosecond, ordered as
 * numbers, and a single indexed column where seconds and nanoseconds would need two. The range,
 * 1677-09-21 to 2262-04-11, holds every campaign there will be; an instant outside it is refused.
 */
public final class EpochNanos {

    public static final Instant EARLIEST = Instant.ofEpochSecond(0, Long.MIN_VALUE);
    public static final Instant LATEST = Instant.ofEpochSecond(0, Long.MAX_VALUE);

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private EpochNanos() {
    }

    public static long of(Instant instant) {
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new IllegalArgumentException("the store keeps times from " + EARLIEST + " to " + LATEST
                    + "; " + instant + " is outside");
        }
        long seconds = instant.getEpochSecond();
        long nanos = instant.getNano();
        // Near the lower end seconds * 1e9 alone overflows although the sum fits: borrow one second.
        if (seconds < 0 && nanos > 0) {
            return (seconds + 1) * NANOS_PER_SECOND + (nanos - NANOS_PER_SECOND);
        }
        return seconds * NANOS_PER_SECOND + nanos;
    }

    public static Instant toInstant(long epochNanos) {
        return Instant.ofEpochSecond(0, epochNanos);
    }
}
