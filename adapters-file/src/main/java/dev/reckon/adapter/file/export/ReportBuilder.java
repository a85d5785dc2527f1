package dev.reckon.adapter.file.export;

import dev.reckon.adapter.file.text.Printable;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.observation.Window;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects what reading one file did, row by row, into an {@link ImportReport}. Keeps the first
 * {@link ImportReport#MAX_LISTED_PROBLEMS} problems and counts the rest, so a file full of bad rows
 * costs no more memory than a good one. One per file; not thread-safe.
 *
 * <p>A row's fate is decided one of two ways. Either the reader brackets it with {@link #startRow()}
 * and {@link #endRow()}, and the row is rejected when any problem was reported in between; or the
 * reader counts it with {@link #rowRead()} and decides itself ({@link #rowAccepted()},
 * {@link #rowRejected()}, {@link #rowEnded(boolean)}). The row methods only bump counters: readers
 * call them for every one of millions of rows.
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
    private final UnnamedSubjects unnamedSubjects = new UnnamedSubjects();
    private long problemsFound;
    private long rowsRead;
    private long rowsAccepted;
    private long rowsRejected;
    private boolean rowHasProblem;

    public ReportBuilder(String source, String format, String encoding) {
        this.source = Objects.requireNonNull(source, "source is null");
        this.format = Objects.requireNonNull(format, "format is null");
        this.encoding = Objects.requireNonNull(encoding, "encoding is null");
    }

    public String source() {
        return source;
    }

    /** A cell (1-based line and column) that could not be read; the current row, if any, now has a problem. */
    public void problem(long line, int column, String field, String reason) {
        add(new RowProblem(source, line, column, Printable.escaped(field), Printable.escaped(reason)));
    }

    /**
     * A row as a whole, or a field of it that has no column (JSON Lines), that could not be read; the
     * current row, if any, now has a problem.
     */
    public void rowProblem(long line, String field, String reason) {
        add(RowProblem.inRow(source, line, Printable.escaped(field), Printable.escaped(reason)));
    }

    /**
     * The current row is for {@code subject}, which the dossier (whose subjects {@code known} lists)
     * does not name: it is rejected, and such rows are reported once per file with their subjects and
     * counts, not one problem each.
     */
    public void subjectNotNamed(String subject, long line, OptionalInt column, String known) {
        rowHasProblem = true;
        unnamedSubjects.row(Objects.requireNonNull(subject, "subject is null"), line, column,
                Objects.requireNonNull(known, "known is null"));
    }

    /** A problem with the file as a whole, such as an account the dossier does not know. */
    public void fileProblem(String reason) {
        add(RowProblem.inFile(source, Printable.escaped(reason)));
    }

    // Fields and reasons may quote a data file: they are escaped above, so its control characters
    // never reach a terminal.
    private void add(RowProblem problem) {
        problemsFound++;
        rowHasProblem = true;
        if (problems.size() < ImportReport.MAX_LISTED_PROBLEMS) {
            problems.add(problem);
        }
    }

    /** A data row starts: it counts as read and has no problem yet. */
    public void startRow() {
        rowsRead++;
        rowHasProblem = false;
    }

    /** True when a problem was reported since {@link #startRow()}. */
    public boolean rowHasProblem() {
        return rowHasProblem;
    }

    /** The row begun by {@link #startRow()} ends: rejected when it had a problem, else accepted. */
    public void endRow() {
        rowEnded(rowHasProblem);
    }

    /** A row whose fate the reader decides itself, with {@link #rowAccepted()} or {@link #rowRejected()}. */
    public void rowRead() {
        rowsRead++;
    }

    public void rowAccepted() {
        rowsAccepted++;
    }

    public void rowRejected() {
        rowsRejected++;
    }

    /** A row whose cells the reader judged ends: rejected when any was bad, else accepted. */
    public void rowEnded(boolean faulty) {
        if (faulty) {
            rowsRejected++;
        } else {
            rowsAccepted++;
        }
    }

    /** When rows were read but their data went nowhere (no subject for them): none counts as accepted. */
    public void rejectAccepted() {
        rowsRejected += rowsAccepted;
        rowsAccepted = 0;
    }

    /** A column read as {@code metric}; a column once mapped is never listed as ignored. */
    public void mapped(String header, String metric) {
        map(Printable.escaped(header), Printable.escaped(header) + " -> " + metric);
    }

    /** A column read under its own name, as in canonical files, which name their columns as Reckon does. */
    public void mapped(String header) {
        map(Printable.escaped(header), Printable.escaped(header));
    }

    private void map(String header, String listed) {
        mapped.add(listed);
        mappedHeaders.add(header);
        ignored.remove(header);
    }

    public void ignored(String header) {
        String shown = Printable.escaped(header);
        if (!mappedHeaders.contains(shown)) {
            ignored.add(shown);
        }
    }

    public void covered(Window window) {
        covered.add(window);
    }

    public void note(String note) {
        notes.add(Printable.escaped(Objects.requireNonNull(note, "note is null")));
    }

    /**
     * Takes in the rows of {@code later}, which read the rest of the same file after these rows
     * and numbered its lines from 1 where line {@code lineOffset + 1} of the file starts: its rows
     * are counted, and its problems listed after these (while fewer than the limit are) at the
     * file's line numbers.
     */
    public void absorbRows(ReportBuilder later, long lineOffset) {
        Objects.requireNonNull(later, "later is null");
        if (lineOffset < 0) {
            throw new IllegalArgumentException("lineOffset must not be negative: " + lineOffset);
        }
        rowsRead += later.rowsRead;
        rowsAccepted += later.rowsAccepted;
        rowsRejected += later.rowsRejected;
        problemsFound += later.problemsFound;
        for (RowProblem problem : later.problems) {
            if (problems.size() == ImportReport.MAX_LISTED_PROBLEMS) {
                break;
            }
            problems.add(problem.movedDown(lineOffset).in(source));
        }
        notes.addAll(later.notes);
        unnamedSubjects.absorb(later.unnamedSubjects, lineOffset);
    }

    public long problemsFound() {
        return problemsFound;
    }

    /** The problems listed, with the line about rows for subjects the dossier does not name in line order. */
    private List<RowProblem> listed() {
        Optional<RowProblem> unnamed = unnamedSubjects.summary(source);
        if (unnamed.isEmpty()) {
            return problems;
        }
        List<RowProblem> listed = new ArrayList<>(problems);
        int at = 0;
        // Problems of the whole file (no line) come first, as they are listed when found.
        long line = unnamed.get().line().orElse(0);
        while (at < listed.size() && listed.get(at).line().orElse(0) <= line) {
            at++;
        }
        listed.add(at, unnamed.get());
        return listed;
    }

    public ImportReport build() {
        List<String> allNotes = new ArrayList<>(notes);
        if (problemsFound > problems.size()) {
            allNotes.add(problemsFound + " problems found; the first " + problems.size() + " are listed");
        }
        return new ImportReport(source, format, encoding, rowsRead, rowsAccepted, rowsRejected, listed(),
                List.copyOf(mapped), List.copyOf(ignored), List.copyOf(covered), allNotes);
    }
}
