package dev.reckon.adapter.jdbc;

import dev.reckon.application.port.out.ObservationStoreException;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A separate process that imports synthetic observations into a store, for the tests that kill a
 * writer or run two at once; it flushes the write before committing, as an import does. Prints {@value #WRITING} once it holds the write lock and has sent rows
 * to SQLite, {@value #COMMITTED} when done, or {@value #FAILED} and the store's message, exiting 2.
 *
 * <p>Arguments: store file, source name, number of series, days per series, busy timeout in ms, and
 * optionally {@value #PAUSE}: then after {@value #WRITING} it waits, holding the write lock, until a
 * line arrives on its standard input.
 */
public final class StoreWriterProcess {

    static final String WRITING = "WRITING";
    static final String COMMITTED = "COMMITTED";
    static final String FAILED = "FAILED: ";
    static final String PAUSE = "pause";
    /** Rows written before {@value #WRITING} is printed: more than one batch, so SQLite has them. */
    static final int ROWS_BEFORE_MARKER = 20_000;

    private StoreWriterProcess() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        String source = args[1];
        SyntheticObservations rows = new SyntheticObservations(source, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        Duration busyTimeout = Duration.ofMillis(Long.parseLong(args[4]));
        boolean pause = args.length > 5 && args[5].equals(PAUSE);
        try (SqliteObservationStore store = SqliteObservationStore.open(file, busyTimeout);
             SourceWrite write = store.replaceSource(source)) {
            for (long row = 0; row < rows.count(); row++) {
                write.accept(rows.at(row));
                if (row == ROWS_BEFORE_MARKER) {
                    System.out.println(WRITING);
                    System.out.flush();
                    if (pause) {
                        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                    }
                }
            }
            // As an import does, while it hashes the file: a kill during the flush is a kill mid-import too.
            write.flush();
            write.commit(record(source, rows.count()));
            System.out.println(COMMITTED);
        } catch (ObservationStoreException e) {
            System.out.println(FAILED + e.getMessage());
            System.exit(2);
        }
    }

    static SourceRecord record(String source, long rows) {
        return new SourceRecord(source, rows * 40, "c0ffee".repeat(10) + "0000", "reckon-csv",
                Instant.parse("2026-03-01T12:00:00Z"), rows, rows, 0);
    }
}
