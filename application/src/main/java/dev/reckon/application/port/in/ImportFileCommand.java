package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.Opener;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.util.Objects;
import java.util.Optional;

/**
 * Import one export file, such as a request body, into the dossier's store.
 *
 * @param source       its name in the store and in provenance; importing the same name again replaces it
 * @param opener       opens its bytes, as often as asked
 * @param subject      the subject of rows that do not name their account
 * @param platform     the platform of rows that do not name it
 * @param format       the reader to use instead of detecting one
 * @param mode         what to store of what is read
 * @param settings     what a dossier entry could say of the file: {@code covers}, {@code year}, {@code zone}
 */
public record ImportFileCommand(String source, Opener opener, Optional<Subject> subject,
                                Optional<Platform> platform, Optional<String> format, Mode mode,
                                EntrySettings settings) {

    /** An import with none of a dossier entry's settings. */
    public ImportFileCommand(String source, Opener opener, Optional<Subject> subject, Optional<Platform> platform,
                             Optional<String> format, Mode mode) {
        this(source, opener, subject, platform, format, mode, EntrySettings.NONE);
    }

    /** What an import stores. */
    public enum Mode {
        /** The rows that were read; rejected rows are only reported. */
        ACCEPTED_ROWS,
        /** Every row, or nothing when any row is rejected. */
        ALL_OR_NOTHING,
        /** Nothing: the file is only read, to report its problems. */
        CHECK_ONLY
    }

    public ImportFileCommand {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(opener, "opener is null");
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(platform, "platform is null");
        Objects.requireNonNull(format, "format is null");
        Objects.requireNonNull(mode, "mode is null");
        Objects.requireNonNull(settings, "settings is null");
        if (source.isBlank()) {
            throw new IllegalArgumentException("an import needs a source name");
        }
    }
}
