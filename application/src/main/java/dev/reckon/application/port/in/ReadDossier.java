package dev.reckon.application.port.in;

import dev.reckon.domain.observation.Subject;
import java.util.Optional;

/** A dossier read alone by {@link OpenDossierUseCase#read}, without its stores: files read against it are only read. */
public interface ReadDossier {

    /** The dossier's subject with {@code id}, if it has one. */
    Optional<Subject> subject(String id);

    /** The ids of the dossier's subjects, as in {@code jc, labour}, or {@code (none)}: for messages about an unknown one. */
    String subjectIds();

    /**
     * Reads files in the dossier's context (its time zone, subjects, accounts and metrics). Nothing is
     * kept: it takes only {@link ImportFileCommand.Mode#CHECK_ONLY} commands.
     */
    ImportFileUseCase files();
}
