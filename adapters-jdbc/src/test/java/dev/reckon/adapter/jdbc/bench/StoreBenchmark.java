package dev.reckon.adapter.jdbc.bench;

import dev.reckon.adapter.jdbc.SqliteObservationStore;
import dev.reckon.adapter.jdbc.SyntheticObservations;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Measures the SQLite store: observations written per second in one large import, and the latency
 * of series look-ups in a store of a million observations. Not a test; run it with
 * {@code bench/store-bench.sh} (docs/storage.md has the figures).
 */
public final class StoreBenchmark {

    private static final int SERIES = 10_000;

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int writeDays = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int readDays = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        Path folder = Files.createTempDirectory("reckon-store-bench");
        try {
            write(folder.resolve("write.db"), new SyntheticObservations("bench/write.csv", SERIES, writeDays));
            read(folder.resolve("read.db"), new SyntheticObservations("bench/read.csv", SERIES, readDays), queries);
        } finally {
            delete(folder);
        }
    }

    private static void write(Path file, SyntheticObservations rows) {
        try (SqliteObservationStore store = SqliteObservationStore.open(file)) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            fill(store, rows);
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
            // On a shared machine the elapsed time includes waiting for a core; the thread's CPU time does not.
            System.out.printf("write: %,d observations over %,d series in one import: %.1f s elapsed, %,.0f observations/s;"
                            + " %.1f s CPU, %,.0f observations per CPU second%n",
                    rows.count(), rows.seriesCount(), seconds, rows.count() / seconds, cpuSeconds, rows.count() / cpuSeconds);
        }
        System.out.printf("write: store file %,d bytes%n", file.toFile().length());
    }

    private static void read(Path file, SyntheticObservations rows, int queries) {
        try (SqliteObservationStore store = SqliteObservationStore.open(file)) {
            fill(store, rows);
            SplittableRandom random = new SplittableRandom(42);
            for (int i = 0; i < 1_000; i++) {
                store.find(rows.series(random.nextInt(rows.seriesCount())));
            }
            long[] nanos = new long[queries];
            long found = 0;
            for (int i = 0; i < queries; i++) {
                long started = System.nanoTime();
                found += store.find(rows.series(random.nextInt(rows.seriesCount()))).observations().size();
                nanos[i] = System.nanoTime() - started;
            }
            Arrays.sort(nanos);
            System.out.printf("find: %,d queries on %,d observations over %,d series (%,d observations returned):"
                            + " median %.3f ms, p99 %.3f ms, max %.3f ms%n", queries, rows.count(), rows.seriesCount(),
                    found, nanos[queries / 2] / 1e6, nanos[(int) (queries * 0.99)] / 1e6, nanos[queries - 1] / 1e6);
        }
    }

    private static void fill(SqliteObservationStore store, SyntheticObservations rows) {
        SourceRecord record = new SourceRecord("bench.csv", 0, "0".repeat(64), "reckon-csv", Instant.now(),
                rows.count(), rows.count(), 0);
        try (SourceWrite write = store.replaceSource(record.source())) {
            for (long row = 0; row < rows.count(); row++) {
                write.accept(rows.at(row));
            }
            write.commit(record);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
