package dev.reckon.adapter.file.export;

import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import java.io.IOException;

/**
 * Reads one export format (Reckon's canonical CSV, a platform's export) into observations.
 * Implementations are stateless and may be shared between threads.
 */
public interface ExportReader {

    /** A short stable id, such as {@code canonical-csv}; a dossier's {@code format:} names it. */
    String format();

    /** Whether a file with this header is in this format, and why not when it is not. */
    Recognition recognise(ExportHeader header);

    /**
     * Reads the whole file into {@code sink}. A row that cannot be read is a {@link RowProblem} in
     * the report and never stops the others.
     *
     * @throws IOException when the bytes cannot be read at all
     */
    ImportReport read(ExportInput input, ObservationSink sink) throws IOException;
}
