package dev.reckon.adapter.file.crowdtangle;

import dev.reckon.domain.number.DecimalDigits;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a post's creation time, {@code 2023-11-13 04:30:36 EST}: in the zone the text names
 * (CrowdTangle writes the zone's abbreviation), or in the file's zone (its dossier entry's, else
 * the dossier's) when it names none.
 *
 * <p>The formatter that defines the format is slow, and every row has a time, nearly always a
 * different one. So the usual shape, {@code yyyy-MM-dd HH:mm:ss} and a zone name, is read by hand,
 * while the zone name, the same on nearly every row, is read by the formatter once per name, from
 * the first whole time that has it. Anything else goes to the formatter whole, which gives the
 * same time or refuses it as before. One per file; not thread-safe.
 */
final class CreatedTimes {

    static final String EXPECTED = "a time like 2023-11-13 04:30:36 EST";
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[ z]", Locale.ENGLISH);
    private static final int DATE_TIME = "yyyy-MM-dd HH:mm:ss".length();
    private static final int ZONE_NAME = DATE_TIME + 1;

    private final ZoneId fileZone;
    private final DateTimeFormatter formatter;
    /** The zones zone names stand for, as the formatter read them. */
    private final Map<String, ZoneId> zones = new HashMap<>();
    /** The zone name met last, tried first without cutting it out of the text. */
    private String lastZoneName = "";
    private ZoneId lastZone;

    CreatedTimes(ZoneId fileZone) {
        this.fileZone = Objects.requireNonNull(fileZone, "fileZone is null");
        this.formatter = CREATED.withZone(fileZone);
    }

    /** Reads {@code text} with the format's formatter; throws a {@link DateTimeException} when it is not a time. */
    Created read(String text) {
        return created(ZonedDateTime.parse(text, formatter));
    }

    private Created created(ZonedDateTime time) {
        return new Created(time.toInstant(), time.withZoneSameInstant(fileZone).toLocalDate());
    }

    /**
     * Reads {@code text} (without surrounding spaces) when it has the usual shape, or null, for the
     * caller to read it with {@link #read} and report why it is no time.
     */
    Created readUsual(String text) {
        LocalDateTime local = localDateTime(text);
        if (local == null) {
            return null;
        }
        ZoneId zone = zoneOf(text);
        if (zone == null) {
            return readAndRememberZone(text);
        }
        Instant instant = local.atZone(zone).toInstant();
        return new Created(instant, LocalDate.ofInstant(instant, fileZone));
    }

    /** The zone {@code text} is in when it is known: the file's when it names none; null when its name is new. */
    private ZoneId zoneOf(String text) {
        if (text.length() == DATE_TIME) {
            return fileZone;
        }
        int length = text.length() - ZONE_NAME;
        if (length == lastZoneName.length() && text.regionMatches(ZONE_NAME, lastZoneName, 0, length)) {
            return lastZone;
        }
        String name = text.substring(ZONE_NAME);
        ZoneId zone = zones.get(name);
        if (zone != null) {
            lastZoneName = name;
            lastZone = zone;
        }
        return zone;
    }

    /**
     * Reads a time with a zone name not met before with the formatter and remembers the zone it
     * read: a zone name means the same zone whatever the date before it.
     */
    private Created readAndRememberZone(String text) {
        try {
            ZonedDateTime time = ZonedDateTime.parse(text, formatter);
            zones.put(text.substring(ZONE_NAME), time.getZone());
            return created(time);
        } catch (DateTimeException notATime) {
            return null;
        }
    }

    /**
     * The date and time {@code yyyy-MM-dd HH:mm:ss} that {@code text} starts with, or null when it
     * does not start with one that is valid as written: the formatter reads the rest (it moves a
     * 31 April to 30 April, for one), and a zone name must follow it after a space.
     */
    private static LocalDateTime localDateTime(String text) {
        if (text.length() < DATE_TIME || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != ' '
                || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.length() > DATE_TIME && text.charAt(DATE_TIME) != ' ') {
            return null;
        }
        int year = DecimalDigits.value(text, 0, 4);
        int month = DecimalDigits.value(text, 5, 7);
        int day = DecimalDigits.value(text, 8, 10);
        int hour = DecimalDigits.value(text, 11, 13);
        int minute = DecimalDigits.value(text, 14, 16);
        int second = DecimalDigits.value(text, 17, 19);
        if (year < 1 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }
}
