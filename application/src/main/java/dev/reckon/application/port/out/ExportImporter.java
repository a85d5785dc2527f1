package dev.reckon.application.port.out;

import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import java.io.IOException;
import java.util.List;

/** Picks the reader for a file (the one its dossier entry forces, or the one its header matches) and reads it. */
public interface ExportImporter {

    /**
     * Reads {@code input} into {@code sink} with the reader that fits it.
     *
     * @throws UnrecognisedExportException when no reader fits, naming every format and why it did not match
     * @throws IOException                 when the bytes cannot be read
     */
    ImportReport read(ExportInput input, ObservationSink sink) throws IOException, UnrecognisedExportException;

    /** The ids of the formats it can read, in the order it tries them. */
    List<String> formats();
}
