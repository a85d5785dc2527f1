package dev.reckon.adapter.file.bench;

import dev.reckon.adapter.file.canonical.CanonicalCsvReader;
import dev.reckon.adapter.file.crowdtangle.CrowdTangleReader;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.application.fixture.InMemoryObservationStore;
import dev.reckon.application.fixture.PostsRedirected;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationOrigin;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.out.SeriesSink;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.application.port.out.SubjectDirectory;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.Opener;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.number.Amount;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.post.Post;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Imports a generated canonical CSV and a CrowdTangle-shaped CSV into the in-memory observation
 * store, as {@code reckon check} does with a dossier's data, and prints rows/s, MB/s and peak heap.
 * Not a test: {@code bench/import-bench.sh} runs it with {@code -Xmx512m}; docs/benchmarks.md has
 * the figures. Arguments: a folder for the files, canonical rows (10,000,000), CrowdTangle rows
 * (1,000,000), runs per file and sink (5: the first ones include JIT warm-up). Existing files of the right
 * size are reused.
 */
public final class ImportBenchmark {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    /** The reading thread's CPU time tells the code's cost apart from waiting for a core on a busy machine. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Every thread's CPU time: a large canonical file is read by two threads, and the collector and compiler work too. */
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench");
        long canonicalRows = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000;
        long crowdTangleRows = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Files.createDirectories(folder);
        Path canonical = generated(folder.resolve("canonical-" + canonicalRows + ".csv"), canonicalRows, true);
        Path crowdTangle = generated(folder.resolve("crowdtangle-" + crowdTangleRows + ".csv"), crowdTangleRows, false);
        System.out.printf(Locale.ROOT, "JVM %s, max heap %d MB, %d processors%n", Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        // A file of no rows is left out, so that one kind can be measured alone (bench/import-bench.sh 0 500000).
        for (int run = 1; run <= runs && canonicalRows > 0; run++) {
            measure(new CanonicalCsvReader(), canonical, run, true);
        }
        for (int run = 1; run <= runs && canonicalRows > 0; run++) {
            measure(new CanonicalCsvReader(), canonical, run, false);
        }
        for (int run = 1; run <= runs && crowdTangleRows > 0; run++) {
            measure(new CrowdTangleReader(), crowdTangle, run, true);
        }
        for (int run = 1; run <= runs && crowdTangleRows > 0; run++) {
            measure(new CrowdTangleReader(), crowdTangle, run, false);
        }
    }

    private static Path generated(Path file, long rows, boolean canonical) throws IOException {
        if (!Files.exists(file)) {
            long start = System.nanoTime();
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            if (canonical) {
                BenchmarkFiles.writeCanonical(partial, rows);
            } else {
                BenchmarkFiles.writeCrowdTangle(partial, rows);
            }
            Files.move(partial, file);
            System.out.printf(Locale.ROOT, "generated %s (%,d rows, %,d MB) in %.1f s%n", file, rows,
                    Files.size(file) >> 20, (System.nanoTime() - start) / 1e9);
        }
        return file;
    }

    /**
     * One import of {@code file}: into the in-memory store, committed, as {@code reckon check} does;
     * or, to tell the reader's share from the store's, into a sink that only counts.
     */
    private static void measure(ExportReader reader, Path file, int run, boolean intoStore) throws Exception {
        System.gc();
        InMemoryObservationStore store = new InMemoryObservationStore();
        ExportInput input = new ExportInput(file.getFileName().toString(), Opener.ofFile(file), context());
        HeapSampler sampler = HeapSampler.start();
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long processCpuStart = PROCESS.getProcessCpuTime();
        ImportReport report;
        CountingSink counted = new CountingSink();
        try {
            if (intoStore) {
                try (SourceWrite write = store.replaceSource(input.source())) {
                    // Posts counted, not kept: the in-memory store is a test fixture that holds every post as an
                    // object, which a 500k-post file makes the collector's work rather than the import's; the
                    // SQLite store's keeping of posts is measured by bench/post-bench.sh. They are still built.
                    report = reader.read(input, new PostsRedirected(write, counted::post));
                    write.commit(new SourceRecord(input.source(), Files.size(file), "", reader.format(), Instant.EPOCH,
                            report.rowsRead(), report.rowsAccepted(), report.rowsRejected()));
                }
            } else {
                report = reader.read(input, counted);
            }
        } catch (OutOfMemoryError e) {
            // Dropping the store frees the heap; what ran out is the finding, so the other runs go on.
            store = null;
            System.out.printf(Locale.ROOT, "%s run %d, %s: ran out of the %d MB heap after %.2f s%n", file.getFileName(),
                    run, intoStore ? "into the store" : "reader alone", Runtime.getRuntime().maxMemory() >> 20,
                    (System.nanoTime() - start) / 1e9);
            sampler.stop();
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double processCpuSeconds = (PROCESS.getProcessCpuTime() - processCpuStart) / 1e9;
        long peak = sampler.stop();
        System.gc();
        long retained = MEMORY.getHeapMemoryUsage().getUsed();
        double megabytes = Files.size(file) / 1e6;
        System.out.printf(Locale.ROOT, "%s run %d, %s: %,d rows (%,d rejected) in %.2f s (CPU: %.2f s the calling thread, %.2f s the process):"
                        + " %,.0f rows/s, %.0f MB/s;"
                        + " peak heap %d MB, %d MB kept after GC with the store%n",
                file.getFileName(), run, intoStore ? "into the store (" + counted.posts + " posts counted)"
                        : "reader alone (" + counted + ")", report.rowsRead(), report.rowsRejected(), seconds, cpuSeconds, processCpuSeconds, report.rowsRead() / seconds,
                megabytes / seconds, peak >> 20, retained >> 20);
        if (!report.problems().isEmpty()) {
            System.out.println("  first problem: " + report.problems().get(0));
        }
        if (intoStore ? store.sources().isEmpty() : counted.observations == 0) {
            throw new IllegalStateException("nothing was imported");
        }
    }

    /** Counts what a reader gives and keeps nothing. */
    private static final class CountingSink implements ObservationSink {
        private long observations;
        private long coverage;
        private long posts;

        @Override
        public void post(Post post) {
            posts++;
        }

        @Override
        public void accept(Observation observation) {
            observations++;
        }

        @Override
        public void cover(Coverage window) {
            coverage++;
        }

        /** Counts without building the observations, as a sink that only counts would. */
        @Override
        public SeriesSink series(SeriesKey series, ObservationOrigin origin) {
            return new SeriesSink() {
                @Override
                public void accept(Window window, long value, long line) {
                    observations++;
                }

                @Override
                public void accept(Window window, Amount value, long line) {
                    observations++;
                }
            };
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d observations, %,d coverage windows, %,d posts", observations, coverage,
                    posts);
        }
    }

    private static ImportContext context() {
        Map<Subject, Map<Platform, String>> accounts = new LinkedHashMap<>();
        for (String subject : BenchmarkFiles.SUBJECTS) {
            accounts.put(Subject.of(subject), Map.of(Platform.FACEBOOK, subject + " Page"));
        }
        return ImportContext.of(ZoneId.of("Europe/London"), MetricCatalogue.builtIn(), SubjectDirectory.of(accounts),
                "benchmark");
    }

    /** The largest heap use seen, polled every millisecond, since GC beans only see the heap after a collection. */
    private static final class HeapSampler implements Runnable {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this, "heap-sampler");

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.thread.setDaemon(true);
            sampler.thread.start();
            return sampler;
        }

        @Override
        public void run() {
            while (running) {
                try {
                    peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                } catch (OutOfMemoryError full) {
                    // The heap is full: the import that filled it says so; the sampler only waits.
                    peak.set(Runtime.getRuntime().maxMemory());
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return Math.max(peak.get(), MEMORY.getHeapMemoryUsage().getUsed());
        }
    }
}
