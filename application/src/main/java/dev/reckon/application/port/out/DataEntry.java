package dev.reckon.application.port.out;

import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a dossier's {@code data:} list: a file, or a folder read file by file.
 *
 * @param path     as written in the dossier
 * @param files    the files it stands for, sorted by name (one for a file)
 * @param subject  the subject of files that do not name their account
 * @param platform the platform of files that do not name it
 * @param covers   the window the files are declared complete over
 * @param year     the year of dates written without one
 * @param format   the reader to use instead of detecting one
 * @param zone     the zone the files' dates and times are written in, when the entry gives one
 */
public record DataEntry(String path, List<DataFile> files, Optional<Subject> subject, Optional<Platform> platform,
                        Optional<Window> covers, Optional<Year> year, Optional<String> format, Optional<ZoneId> zone) {

    public DataEntry {
        Objects.requireNonNull(path, "path is null");
        files = List.copyOf(files);
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(platform, "platform is null");
        Objects.requireNonNull(covers, "covers is null");
        Objects.requireNonNull(year, "year is null");
        Objects.requireNonNull(format, "format is null");
        Objects.requireNonNull(zone, "zone is null");
    }

    /** An entry that gives no zone of its own. */
    public DataEntry(String path, List<DataFile> files, Optional<Subject> subject, Optional<Platform> platform,
                     Optional<Window> covers, Optional<Year> year, Optional<String> format) {
        this(path, files, subject, platform, covers, year, format, Optional.empty());
    }
}
