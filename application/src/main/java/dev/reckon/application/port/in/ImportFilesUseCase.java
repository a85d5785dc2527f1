package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.DossierException;

/**
 * Reads files against a dossier, as {@code reckon check} would import them, and says what each
 * gave: rows read, accepted and rejected (with where and why), the columns used, the windows
 * covered. Nothing is kept and no file is changed.
 */
public interface ImportFilesUseCase {

    /**
     * @throws DossierException when the dossier cannot be read, or the command names a subject it does not have
     */
    FileImports importFiles(ImportFilesCommand command) throws DossierException;
}
