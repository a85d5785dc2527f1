package dev.reckon.adapter.file.canonical;

import dev.reckon.adapter.file.csv.CsvReader;
import dev.reckon.adapter.file.export.CoverageCollector;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.text.TextEncoding;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.shared.Opener;
import dev.reckon.columnar.ObservationBuffer;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the second half of a large canonical CSV file on a thread of its own, into a buffer, while
 * the caller reads the first half: on a machine with two cores the file takes about half the time.
 *
 * <p>Where the second half starts is a guess: the first line start after the middle of the file. A
 * quoted field may hold line breaks, so the guess may fall inside a record; only the caller's
 * reading of the first half can tell, by meeting a record that starts exactly there. If it does not
 * (or the second half outgrew its share of the heap, or failed), the caller reads on past the guess
 * and this read is {@linkplain #stop() stopped}, so the result is always that of reading the file
 * from start to end. The buffer keeps one observation per series and window, a later row replacing
 * an earlier one, which is also what a sink does with the rows of one file.
 */
final class SecondHalfRead {

    /** How far past the middle to look for a line start before giving up on splitting. */
    private static final int SEARCH = 1 << 20;
    /** How many rows go by between two looks at the buffer's size. */
    private static final int SIZE_CHECK_EVERY = 1 << 12;

    private final long start;
    private final long maxHeld;
    /** One window object per window, shared with the first half's rows. */
    private final SharedWindows windows;
    private final Thread thread;
    private volatile boolean abandoned;
    /** Written by the thread, read after joining it; null when the read was abandoned or failed. */
    private Done done;

    private SecondHalfRead(ExportInput input, TextEncoding encoding, CanonicalCsvLayout layout, SharedWindows windows,
                           long start, long maxHeld) {
        this.windows = windows;
        this.start = start;
        this.maxHeld = maxHeld;
        this.thread = new Thread(() -> done = readOrNull(input, encoding.charset(), layout),
                "reckon-second-half-" + input.fileName());
        this.thread.setDaemon(true);
    }

    /**
     * Starts reading the second half of the file when it is at least {@code minSize} bytes, its
     * size is known and it can be opened at an offset, its text is read as bytes (UTF-8 or a
     * single-byte charset), and a line start is found after its middle; otherwise empty.
     *
     * @param windows the file's window objects, shared with the first half's rows
     * @param maxHeld how many observations the second half may hold before it is abandoned
     */
    static Optional<SecondHalfRead> start(ExportInput input, TextEncoding encoding, CanonicalCsvLayout layout,
                                          SharedWindows windows, long minSize, long maxHeld)
            throws IOException {
        OptionalLong size = input.opener().size();
        Charset charset = encoding.charset();
        boolean readAsBytes = charset.equals(StandardCharsets.UTF_8) || charset.newEncoder().maxBytesPerChar() == 1;
        if (size.isEmpty() || size.getAsLong() < minSize || !readAsBytes) {
            return Optional.empty();
        }
        OptionalLong lineStart = lineStartAfter(input.opener(), size.getAsLong() / 2);
        if (lineStart.isEmpty()) {
            return Optional.empty();
        }
        SecondHalfRead read = new SecondHalfRead(input, encoding, layout, windows, lineStart.getAsLong(), maxHeld);
        read.thread.start();
        return Optional.of(read);
    }

    /** Where in the file the second half starts, counting bytes from the first, byte order mark included. */
    long start() {
        return start;
    }

    /** Waits for the second half; empty when it was abandoned or failed, and the caller must read it. */
    Optional<Done> join() throws InterruptedException {
        thread.join();
        return Optional.ofNullable(done);
    }

    /**
     * Stops this read, if it still runs, and waits for its thread to end, so that no file stays
     * open behind the caller; its buffer is dropped. Harmless once {@link #join()} gave the result.
     */
    void stop() {
        abandoned = true;
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                // It stops within a few thousand rows: wait for it, and keep the interrupt for the caller.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The first byte after a line feed at or after {@code from} that starts a line of its own (not another line end). */
    private static OptionalLong lineStartAfter(Opener opener, long from) throws IOException {
        try (InputStream in = opener.openAt(from)) {
            byte[] bytes = in.readNBytes(SEARCH);
            for (int i = 0; i + 1 < bytes.length; i++) {
                if (bytes[i] == '\n' && bytes[i + 1] != '\n' && bytes[i + 1] != '\r') {
                    return OptionalLong.of(from + i + 1);
                }
            }
            return OptionalLong.empty();
        }
    }

    /**
     * The second half read to its end, or null. Whatever goes wrong here (a file that cannot be
     * read, a bug, no memory left) goes wrong again when the caller reads these rows itself, and
     * is reported there, where it belongs.
     */
    private Done readOrNull(ExportInput input, Charset charset, CanonicalCsvLayout layout) {
        try {
            return read(input, charset, layout);
        } catch (Throwable e) {
            return null;
        }
    }

    private Done read(ExportInput input, Charset charset, CanonicalCsvLayout layout) throws IOException {
        ReportBuilder tally = new ReportBuilder(input.source(), CanonicalCsvReader.FORMAT, charset.name());
        ObservationBuffer held = new ObservationBuffer();
        CanonicalCsvRows rows = new CanonicalCsvRows(input, layout, tally, new HeldObservations(held),
                new CoverageCollector(input.context().covers()), windows);
        try (InputStream in = input.opener().openAt(start); CsvReader csv = CsvReader.fromRecordStart(in, charset, ',')) {
            long read = 0;
            while (csv.next()) {
                rows.read(csv.record());
                if (++read % SIZE_CHECK_EVERY == 0 && (abandoned || held.size() > maxHeld)) {
                    return null;
                }
            }
        }
        held.close();
        return new Done(tally, held);
    }

    /**
     * The second half, read to its end: its rows counted and judged in {@code tally}, its
     * observations held in {@code held}, with lines numbered from 1 at its start.
     */
    record Done(ReportBuilder tally, ObservationBuffer held) {

        Done {
            Objects.requireNonNull(tally, "tally is null");
            Objects.requireNonNull(held, "held is null");
        }
    }
}
