package dev.reckon.adapter.file.canonical;

import dev.reckon.adapter.file.csv.CsvReader;
import dev.reckon.adapter.file.csv.FieldSeparator;
import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.export.Recognition;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.text.TextEncoding;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads Reckon's canonical observation CSV: the header {@code subject,platform,metric,from,to,segment,value},
 * in any order, with an optional {@code source} column (docs/canonical-format.md). A bad row is a
 * problem in the report and never stops the others.
 */
public final class CanonicalCsvReader implements ExportReader {

    public static final String FORMAT = "canonical-csv";
    /** Files from this size up are read in two halves at once: smaller ones take well under a second anyway. */
    static final long SPLIT_ABOVE = 32L << 20;
    /** What an observation held in columns takes, with room for the columns' growth. */
    private static final long BYTES_PER_HELD_OBSERVATION = 64;

    private final long splitAbove;
    private final long maxHeldBySecondHalf;

    public CanonicalCsvReader() {
        this(SPLIT_ABOVE);
    }

    /** A reader that reads files of {@code splitAbove} bytes or more in two halves at once. */
    CanonicalCsvReader(long splitAbove) {
        this(splitAbove, Runtime.getRuntime().maxMemory() / 6 / BYTES_PER_HELD_OBSERVATION);
    }

    /**
     * A reader that reads files of {@code splitAbove} bytes or more in two halves at once, the
     * second half holding at most {@code maxHeldBySecondHalf} observations (by default, what a
     * sixth of the heap holds) before the first half's reader takes it over.
     */
    CanonicalCsvReader(long splitAbove, long maxHeldBySecondHalf) {
        this.splitAbove = splitAbove;
        this.maxHeldBySecondHalf = maxHeldBySecondHalf;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Recognition recognise(ExportHeader header) {
        String name = header.fileName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Recognition.no("it is a JSON Lines file, not CSV");
        }
        if (header.separator() != FieldSeparator.COMMA) {
            // Platform readers take a spreadsheet's semicolons; Reckon's own format is written one way.
            return Recognition.no("its fields are separated by " + header.separator().plural()
                    + ", and canonical CSV separates them with commas");
        }
        try (CsvReader csv = new CsvReader(new StringReader(header.firstLine()))) {
            if (!csv.next()) {
                return Recognition.no("the file is empty");
            }
            return CanonicalCsvLayout.parse(csv.record().toList()).recognition();
        } catch (IOException impossible) {
            throw new IllegalStateException("reading a string failed", impossible);
        }
    }

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
        CanonicalRead read = CanonicalRead.start(input, FORMAT);
        TextEncoding encoding = read.encoding();
        ReportBuilder tally = read.tally();
        try (CsvReader csv = CsvReader.open(input.opener(), encoding)) {
            if (!csv.next()) {
                tally.note("the file is empty: it has no header and no rows");
                return tally.build();
            }
            CanonicalCsvLayout.Parsed header = CanonicalCsvLayout.parse(csv.record().toList());
            if (header.problem() != null) {
                tally.rowProblem(csv.record().line(), "", "the header is not canonical: " + header.problem());
                return tally.build();
            }
            CanonicalCsvLayout layout = header.layout();
            SharedWindows windows = new SharedWindows();
            CanonicalCsvRows rows = new CanonicalCsvRows(input, layout, tally, sink, read.coverage(), windows);
            Optional<SecondHalfRead> secondHalf = SecondHalfRead.start(input, encoding, layout, windows, splitAbove,
                    maxHeldBySecondHalf);
            if (secondHalf.isPresent()) {
                readInHalves(csv, encoding, rows, secondHalf.get(), tally);
            } else {
                rows.readAll(csv);
            }
            layout.mapped().forEach(tally::mapped);
            layout.ignored().forEach(tally::ignored);
            return read.finish(sink, input.source());
        }
    }

    /**
     * Reads the first half while {@code secondHalf} reads the rest, then takes in what it read as
     * if these rows had read it; or, if the second half did not start where a record does, or
     * gave up, stops it and reads on to the end.
     */
    private static void readInHalves(CsvReader csv, TextEncoding encoding, CanonicalCsvRows rows, SecondHalfRead secondHalf,
                                     ReportBuilder tally) throws IOException {
        try {
            // The reader's offsets start after the byte order mark it was opened past.
            boolean metSecondHalf = rows.readUntil(csv, secondHalf.start() - encoding.bomLength());
            Optional<SecondHalfRead.Done> done = metSecondHalf ? secondHalf.join() : Optional.empty();
            if (done.isEmpty()) {
                secondHalf.stop();
                if (metSecondHalf) {
                    rows.read(csv.record());
                }
                rows.readAll(csv);
                return;
            }
            long lineOffset = csv.record().line() - 1;
            tally.absorbRows(done.get().tally(), lineOffset);
            done.get().held().forEach((series, observation) -> rows.replay(series, observation, lineOffset));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the second half of the file was read");
        } finally {
            secondHalf.stop();
        }
    }
}
