package dev.reckon.adapter.file.export;

import dev.reckon.application.port.out.ImportReport;
import dev.reckon.application.port.out.RowProblem;
import dev.reckon.domain.observation.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Counts what a reader does with one file and builds its {@link ImportReport}: every rejected
 * row is counted, the first {@link ImportReport#MAX_LISTED_PROBLEMS} problems are listed.
 * One per file; not thread-safe.
 */
public final class ImportTally {

    private final String source;
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private long rowsRead;
    private long rowsAccepted;
    private long rowsRejected;
    private boolean rowHasProblem;

    public ImportTally(String source) {
        this.source = Objects.requireNonNull(source, "source is null");
    }

    /** A data row starts. */
    public void startRow() {
        rowsRead++;
        rowHasProblem = false;
    }

    /**
     * Something in the current row is wrong. The row is rejected however many problems it has.
     *
     * @param column 1-based column, 0 when the whole row is at fault
     */
    public void problem(long line, int column, String field, String reason) {
        if (problems.size() < ImportReport.MAX_LISTED_PROBLEMS) {
            problems.add(new RowProblem(source, line, column, field, reason));
        }
        rowHasProblem = true;
    }

    /** True when the current row has a problem so far. */
    public boolean rowHasProblem() {
        return rowHasProblem;
    }

    /** The current row ends: accepted when it had no problem, rejected otherwise. */
    public void endRow() {
        if (rowHasProblem) {
            rowsRejected++;
        } else {
            rowsAccepted++;
        }
    }

    /** Something the user should know about the file as a whole. */
    public void note(String note) {
        notes.add(Objects.requireNonNull(note, "note is null"));
    }

    public String source() {
        return source;
    }

    public ImportReport report(String format, String encoding, List<String> mappedColumns, List<String> ignoredColumns,
                               List<Window> covered) {
        return new ImportReport(source, format, encoding, rowsRead, rowsAccepted, rowsRejected, problems,
                mappedColumns, ignoredColumns, covered, notes);
    }
}
