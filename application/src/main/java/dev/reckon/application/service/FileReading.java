package dev.reckon.application.service;

import dev.reckon.application.port.in.EntrySettings;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one file outside a dossier's own data takes, the same for {@code reckon import} and
 * for a file posted to the server: the context it is read in, and a sink for reads that only report.
 */
final class FileReading {

    /** Where a read that keeps nothing puts what it reads: nowhere, so memory stays flat whatever the file's size. */
    static final ObservationSink NOWHERE = new ObservationSink() {
        @Override
        public void accept(Observation observation) {
            Objects.requireNonNull(observation, "observation is null");
        }

        @Override
        public void cover(Coverage coverage) {
            Objects.requireNonNull(coverage, "coverage is null");
        }
    };

    private FileReading() {
    }

    /** The context of a file read against {@code dossier}, with what its reader was told of it, as a dossier entry would tell it. */
    static ImportContext context(Dossier dossier, Optional<Subject> subject, Optional<Platform> platform,
                                 Optional<String> format, EntrySettings settings, String importId) {
        return new ImportContext(dossier.zone(), dossier.catalogue(), dossier.directory(), subject, platform,
                settings.coversWindow(dossier.zone()), settings.year(), format, importId, settings.zone());
    }
}
