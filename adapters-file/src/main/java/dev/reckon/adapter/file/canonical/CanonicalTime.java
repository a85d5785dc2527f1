package dev.reckon.adapter.file.canonical;

import dev.reckon.adapter.file.export.StoredTimes;
import dev.reckon.adapter.file.text.Printable;
import dev.reckon.domain.number.DecimalDigits;
import dev.reckon.domain.observation.Window;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads the {@code from} and {@code to} cells: a date ({@code 2019-12-06}) is a whole day in the
 * dossier's zone, inclusive at both ends; a date-time ({@code 2019-12-06T09:00:00Z}, with an offset,
 * or without one in the dossier's zone) is an instant, and as {@code to} it is the exclusive end.
 */
final class CanonicalTime {

    private CanonicalTime() {
    }

    /** The instant a window starting at {@code text} starts; refused outside {@link StoredTimes}. */
    static Instant start(String text, ZoneId zone) {
        LocalDate date = dateOrNull(text);
        return stored(text, date != null ? Window.dayStart(date, zone) : instant(text, zone));
    }

    /**
     * The instant a window ending with {@code text} ends: after the whole day for a date; refused
     * outside {@link StoredTimes}.
     */
    static Instant end(String text, ZoneId zone) {
        LocalDate date = dateOrNull(text);
        return stored(text, date != null ? Window.dayEnd(date, zone) : instant(text, zone));
    }

    private static Instant stored(String text, Instant instant) {
        if (!StoredTimes.contains(instant)) {
            throw new DateTimeException(StoredTimes.outside("'" + Printable.shortened(text) + "'"));
        }
        return instant;
    }

    /** True when {@code text} is a date rather than a date-time. */
    static boolean isDate(String text) {
        return dateOrNull(text) != null;
    }

    private static Instant instant(String text, ZoneId zone) {
        if (text.length() <= 10) {
            throw new DateTimeException("'" + Printable.shortened(text)
                    + "' is not a date: write it as year-month-day, such as 2019-12-06");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new DateTimeException("'" + Printable.shortened(text)
                        + "' is neither a date such as 2019-12-06 nor a date-time such as 2019-12-06T09:00:00Z");
            }
        }
    }

    /** A {@code yyyy-mm-dd} date read without a formatter (this runs for every row), or null when it is not one. */
    private static LocalDate dateOrNull(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = DecimalDigits.value(text, 0, 4);
        int month = DecimalDigits.value(text, 5, 7);
        int day = DecimalDigits.value(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new DateTimeException("'" + Printable.shortened(text) + "' is not a date: there is no such day");
        }
    }
}
