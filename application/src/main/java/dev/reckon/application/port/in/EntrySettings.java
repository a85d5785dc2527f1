package dev.reckon.application.port.in;

import dev.reckon.domain.observation.Window;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * What a dossier's {@code data:} entry can say of its files beyond subject, platform and format, so
 * that a file imported on its own is read exactly as it would be from the dossier.
 *
 * @param covers the days (first and last, inclusive) the files are declared complete over
 * @param year   the year of dates written without one
 * @param zone   the zone the files' dates and times without an offset are written in; {@code covers} is in it too
 */
public record EntrySettings(Optional<Days> covers, Optional<Year> year, Optional<ZoneId> zone) {

    /** Nothing said: the dossier's zone, no declared coverage, no year. */
    public static final EntrySettings NONE = new EntrySettings(Optional.empty(), Optional.empty(), Optional.empty());

    public EntrySettings {
        Objects.requireNonNull(covers, "covers is null");
        Objects.requireNonNull(year, "year is null");
        Objects.requireNonNull(zone, "zone is null");
    }

    /** The window {@code covers} stands for, its days in the entry's zone, else in {@code dossierZone}. */
    public Optional<Window> coversWindow(ZoneId dossierZone) {
        return covers.map(days -> Window.ofDays(days.from(), days.to(), zone.orElse(dossierZone)));
    }

    /**
     * A year as a dossier entry's {@code year:} takes it, from 1990 to 2200.
     *
     * @throws IllegalArgumentException saying what is wrong with {@code text}
     */
    public static Year year(String text) {
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 1990 && year <= 2200) {
                return Year.of(year);
            }
        } catch (NumberFormatException e) {
            // said below, like a year out of range
        }
        throw new IllegalArgumentException("'" + text + "' is not a year such as 2019");
    }

    /**
     * A zone as a dossier's {@code zone:} takes it.
     *
     * @throws IllegalArgumentException saying what is wrong with {@code text}
     */
    public static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + text + "': use a name such as Europe/London or UTC", e);
        }
    }

    /** First and last day, inclusive. */
    public record Days(LocalDate from, LocalDate to) {

        public Days {
            Objects.requireNonNull(from, "from is null");
            Objects.requireNonNull(to, "to is null");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("the last day " + to + " is before the first day " + from);
            }
        }

        /**
         * {@code 2019-11-06..2019-12-12}, as a command line or a query parameter writes it.
         *
         * @throws IllegalArgumentException saying what is wrong with {@code text}
         */
        public static Days parse(String text) {
            int dots = text.indexOf("..");
            if (dots < 0) {
                throw new IllegalArgumentException("'" + text + "' is not two days such as 2019-11-06..2019-12-12");
            }
            return new Days(day(text.substring(0, dots).strip()), day(text.substring(dots + 2).strip()));
        }

        private static LocalDate day(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not a day such as 2019-11-06", e);
            }
        }
    }
}
