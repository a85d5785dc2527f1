package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.UnrecognisedExportException;
import java.io.IOException;

/**
 * Imports an export file into an open dossier's store, atomically, or only reads it to report what it holds:
 * {@code reckon import} reads files this way, the server imports request bodies.
 */
public interface ImportFileUseCase {

    /**
     * Reads the file and stores what it holds in one transaction, replacing what an earlier import
     * of the same source stored.
     *
     * @throws UnrecognisedExportException when no reader fits the file
     * @throws IOException                 when its bytes cannot be read
     */
    ImportOutcome importFile(ImportFileCommand command) throws UnrecognisedExportException, IOException;
}
