package dev.reckon.application.port.out;

import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.time.Year;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader needs to know beyond a file's bytes, from the dossier's data entry.
 *
 * @param zone      the dossier's time zone: dates without a zone are days in it
 * @param catalogue the metrics observations may name
 * @param subjects  the dossier's subjects and their accounts
 * @param subject   the subject of files that do not name their account
 * @param platform  the platform of files that do not name it
 * @param covers    a window the file is declared complete over, for every series it holds
 * @param year      the year of dates written without one
 * @param format    a reader forced by the dossier instead of detecting the format
 * @param importId  the import the observations belong to, for their provenance
 * @param entryZone the zone the data entry says its dates and times are written in, where it says one
 */
public record ImportContext(ZoneId zone, MetricCatalogue catalogue, SubjectDirectory subjects,
                            Optional<Subject> subject, Optional<Platform> platform, Optional<Window> covers,
                            Optional<Year> year, Optional<String> format, String importId, Optional<ZoneId> entryZone) {

    public ImportContext {
        Objects.requireNonNull(zone, "zone is null");
        Objects.requireNonNull(catalogue, "catalogue is null");
        Objects.requireNonNull(subjects, "subjects is null");
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(platform, "platform is null");
        Objects.requireNonNull(covers, "covers is null");
        Objects.requireNonNull(year, "year is null");
        Objects.requireNonNull(format, "format is null");
        Objects.requireNonNull(importId, "importId is null");
        Objects.requireNonNull(entryZone, "entryZone is null");
    }

    /** A context whose entry gives no zone: the file's dates are in the dossier's zone. */
    public ImportContext(ZoneId zone, MetricCatalogue catalogue, SubjectDirectory subjects, Optional<Subject> subject,
                         Optional<Platform> platform, Optional<Window> covers, Optional<Year> year,
                         Optional<String> format, String importId) {
        this(zone, catalogue, subjects, subject, platform, covers, year, format, importId, Optional.empty());
    }

    /** The zone of the file's dates and of its times written without an offset: the entry's, else the dossier's. */
    public ZoneId dataZone() {
        return entryZone.orElse(zone);
    }

    /** A context with nothing but a zone, a catalogue, subjects and an import id; the rest is empty. */
    public static ImportContext of(ZoneId zone, MetricCatalogue catalogue, SubjectDirectory subjects, String importId) {
        return new ImportContext(zone, catalogue, subjects, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), importId);
    }
}
