package dev.reckon.adapter.file.platform;

import dev.reckon.application.port.out.ImportReport;
import dev.reckon.application.port.out.RowProblem;
import dev.reckon.domain.observation.Window;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects what reading one platform export did, row by row, into an {@link ImportReport}. Keeps
 * the first {@link ImportReport#MAX_LISTED_PROBLEMS} problems and counts the rest, so a file full
 * of bad rows costs no more memory than a good one.
 */
public final class ReportBuilder {

    private final String source;
    private final String format;
    private final String encoding;
    private final List<RowProblem> problems = new ArrayList<>();
    private final Set<String> mapped = new LinkedHashSet<>();
    private final Set<String> ignored = new LinkedHashSet<>();
    private final Set<String> mappedHeaders = new LinkedHashSet<>();
    private final Set<Window> covered = new TreeSet<>();
    private final List<String> notes = new ArrayList<>();
    private long problemsFound;
    private long rowsRead;
    private long rowsAccepted;
    private long rowsRejected;

    public ReportBuilder(String source, String format, String encoding) {
        this.source = Objects.requireNonNull(source, "source is null");
        this.format = Objects.requireNonNull(format, "format is null");
        this.encoding = Objects.requireNonNull(encoding, "encoding is null");
    }

    public String source() {
        return source;
    }

    /** A cell (column &gt; 0) or a whole row (column 0) that could not be read. */
    public void problem(long line, int column, String field, String reason) {
        problemsFound++;
        if (problems.size() < ImportReport.MAX_LISTED_PROBLEMS) {
            problems.add(new RowProblem(source, line, column, field, reason));
        }
    }

    /** A problem with the file as a whole, such as an account the dossier does not know. */
    public void fileProblem(String reason) {
        problem(0, 0, "", reason);
    }

    public void rowRead() {
        rowsRead++;
    }

    public void rowAccepted() {
        rowsAccepted++;
    }

    public void rowRejected() {
        rowsRejected++;
    }

    /** A row whose cells are read one by one ends: rejected when any cell was bad, else accepted. */
    public void rowEnded(RowCells row) {
        if (row.isFaulty()) {
            rowRejected();
        } else {
            rowAccepted();
        }
    }

    /** When rows were read but their data went nowhere (no subject for them): none counts as accepted. */
    public void rejectAccepted() {
        rowsRejected += rowsAccepted;
        rowsAccepted = 0;
    }

    /** A column read as {@code metric}; a column once mapped is never listed as ignored. */
    public void mapped(String header, String metric) {
        mapped.add(header + " -> " + metric);
        mappedHeaders.add(header);
        ignored.remove(header);
    }

    public void ignored(String header) {
        if (!mappedHeaders.contains(header)) {
            ignored.add(header);
        }
    }

    public void covered(Window window) {
        covered.add(window);
    }

    public void note(String note) {
        notes.add(Objects.requireNonNull(note, "note is null"));
    }

    public long problemsFound() {
        return problemsFound;
    }

    public ImportReport build() {
        List<String> allNotes = new ArrayList<>(notes);
        if (problemsFound > problems.size()) {
            allNotes.add(problemsFound + " problems found; the first " + problems.size() + " are listed");
        }
        return new ImportReport(source, format, encoding, rowsRead, rowsAccepted, rowsRejected, problems,
                List.copyOf(mapped), List.copyOf(ignored), List.copyOf(covered), allNotes);
    }
}
