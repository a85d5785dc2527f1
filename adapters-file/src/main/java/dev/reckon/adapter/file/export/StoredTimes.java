package dev.reckon.adapter.file.export;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The times an observation may have: the store keeps an instant as nanoseconds since 1970 in one
 * 64-bit number, from 1677-09-21T00:12:43Z to 2262-04-11T23:47:16Z, so a row of a time outside is
 * rejected where it is read, with its line, rather than refused by the store after the import.
 */
public final class StoredTimes {

    /** The first instant kept. */
    public static final Instant EARLIEST = Instant.ofEpochSecond(0, Long.MIN_VALUE);
    /** The last instant kept. */
    public static final Instant LATEST = Instant.ofEpochSecond(0, Long.MAX_VALUE);
    /** The first day whole within the range in every time zone (offsets reach 18 hours). */
    public static final LocalDate FIRST_DAY = LocalDate.of(1677, 9, 22);
    /** The last day whole within the range in every time zone. */
    public static final LocalDate LAST_DAY = LocalDate.of(2262, 4, 10);
    /** The range, as messages and docs say it. */
    public static final String RANGE = FIRST_DAY + " to " + LAST_DAY;

    private StoredTimes() {
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    public static boolean contains(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    /** Says that {@code what} ("'0001-01-01'", "the day") is outside the range. */
    public static String outside(String what) {
        return what + " is outside the times Reckon keeps, " + RANGE;
    }
}
