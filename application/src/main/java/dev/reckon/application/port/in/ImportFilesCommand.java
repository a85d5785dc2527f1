package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.shared.Opener;
import dev.reckon.domain.observation.Platform;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Files to read against a dossier.
 *
 * @param dossierDir the dossier's folder (or its YAML file): its time zone, subjects, accounts and metrics apply
 * @param files      the files, in the order to read them
 * @param subject    the subject of files that do not name their account (a subject id of the dossier)
 * @param platform   the platform of files that do not name it
 * @param format     a reader to use instead of recognising each file's format
 * @param reach      where the data files the dossier itself names may be
 * @param settings   what a dossier entry could say of the files: {@code covers}, {@code year}, {@code zone}
 */
public record ImportFilesCommand(Path dossierDir, List<FileToImport> files, Optional<String> subject,
                                 Optional<Platform> platform, Optional<String> format, DataReach reach,
                                 EntrySettings settings) {

    /** Files to read with none of a dossier entry's settings. */
    public ImportFilesCommand(Path dossierDir, List<FileToImport> files, Optional<String> subject,
                              Optional<Platform> platform, Optional<String> format, DataReach reach) {
        this(dossierDir, files, subject, platform, format, reach, EntrySettings.NONE);
    }

    /** Files to read against a dossier whose own data stay inside its folder. */
    public ImportFilesCommand(Path dossierDir, List<FileToImport> files, Optional<String> subject,
                              Optional<Platform> platform, Optional<String> format) {
        this(dossierDir, files, subject, platform, format, DataReach.INSIDE_DOSSIER);
    }

    public ImportFilesCommand {
        Objects.requireNonNull(dossierDir, "dossierDir is null");
        Objects.requireNonNull(reach, "reach is null");
        files = List.copyOf(files);
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(platform, "platform is null");
        Objects.requireNonNull(format, "format is null");
        Objects.requireNonNull(settings, "settings is null");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("there are no files to read");
        }
    }

    /**
     * One file.
     *
     * @param source its name in the report: its path from the dossier when it is inside it, else as the user gave it
     * @param opener opens its bytes
     */
    public record FileToImport(String source, Opener opener) {

        public FileToImport {
            Objects.requireNonNull(source, "source is null");
            Objects.requireNonNull(opener, "opener is null");
        }
    }
}
