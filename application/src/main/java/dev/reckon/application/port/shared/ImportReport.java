package dev.reckon.application.port.shared;

import dev.reckon.domain.observation.Window;
import java.util.List;
import java.util.Objects;

/**
 * What reading one file did.
 *
 * @param source         the file
 * @param format         the format it was read as
 * @param encoding       the text encoding used ("UTF-8", "UTF-16LE", "windows-1252 (not valid UTF-8)")
 * @param rowsRead       data rows read
 * @param rowsAccepted   rows that gave observations
 * @param rowsRejected   rows rejected, all counted
 * @param problems       the first {@link #MAX_LISTED_PROBLEMS} problems, in file order
 * @param mappedColumns  columns read into metrics, as {@code header -> metric}
 * @param ignoredColumns columns not read
 * @param covered        the windows the file declares complete
 * @param notes          anything else worth telling (conflicts with data already imported)
 */
public record ImportReport(String source, String format, String encoding, long rowsRead, long rowsAccepted,
                           long rowsRejected, List<RowProblem> problems, List<String> mappedColumns,
                           List<String> ignoredColumns, List<Window> covered, List<String> notes) {

    public static final int MAX_LISTED_PROBLEMS = 100;

    public ImportReport {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(format, "format is null");
        Objects.requireNonNull(encoding, "encoding is null");
        problems = List.copyOf(problems);
        mappedColumns = List.copyOf(mappedColumns);
        ignoredColumns = List.copyOf(ignoredColumns);
        covered = List.copyOf(covered);
        notes = List.copyOf(notes);
    }
}
