package dev.reckon.app.bench;

import dev.reckon.adapter.file.crowdtangle.CrowdTangleReader;
import dev.reckon.adapter.jdbc.SqliteObservationStore;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.application.port.out.SubjectDirectory;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.Opener;
import dev.reckon.application.service.SourceOrder;
import dev.reckon.application.service.StoredSeriesSource;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.post.LaterExport;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostMetricValue;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesValue;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a {@code post_*} series over one page's 100,000 posts costs now that it is summed from the
 * posts ({@code PostSeries}), against reading those posts' values once and adding them up: the
 * CrowdTangle-shaped file is imported into a new SQLite store (posts kept, their {@code post_*}
 * values no longer rolled up by day), then both are timed five times. Not a test:
 * {@code bench/post-series-bench.sh} runs it; docs/benchmarks.md has the figures. Arguments: the
 * file (made by {@code ImportBenchmark}).
 */
public final class PostSeriesBenchmark {

    private static final List<String> PAGES = List.of("labour", "conservatives", "libdems", "snp", "greens",
            "brexit", "plaid", "jc", "johnson", "swinson");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final MetricId ENGAGEMENTS = new MetricId("post_engagements");

    /** The calling thread's CPU time tells the code's cost apart from waiting for a core on a busy machine. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PostSeriesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path db = Files.createTempDirectory("post-series-bench").resolve("store.db");
        System.out.printf(Locale.ROOT, "JVM %s, max heap %d MB, %d processors, %s (%,d MB)%n", Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), file,
                Files.size(file) >> 20);
        try (SqliteObservationStore store = SqliteObservationStore.open(db)) {
            importFile(store, file);
            Period years = Period.of("2019-2021", LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31), LONDON);
            SeriesQuery query = SeriesQuery.of(ENGAGEMENTS, Subject.of(PAGES.get(0)), Platform.FACEBOOK, years);
            StoredSeriesSource series = new StoredSeriesSource(store, MetricCatalogue.builtIn(),
                    SourceOrder.listing(List.of(file.getFileName().toString())));
            LaterExport later = new LaterExport(List.of(file.getFileName().toString()));
            PostFilter filter = PostFilter.of(query.subject(), query.platform(), ENGAGEMENTS, years.window());
            for (int time = 1; time <= 5; time++) {
                long start = System.nanoTime();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                List<PostMetricValue> values = later.latestValues(store.postValues(filter));
                Interval sum = values.stream().map(PostMetricValue::value).reduce(Interval.ZERO, Interval::plus);
                report("values read once and added", values.size() + " posts, " + sum, start, cpuStart);
                start = System.nanoTime();
                cpuStart = THREADS.getCurrentThreadCpuTime();
                SeriesValue value = series.valueOf(query);
                report("the series' value", value.observations().size() + " daily totals, " + value.value(), start,
                        cpuStart);
            }
        }
        Files.deleteIfExists(db);
    }

    private static void importFile(SqliteObservationStore store, Path file) throws Exception {
        ExportInput input = new ExportInput(file.getFileName().toString(), Opener.ofFile(file), context());
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        try (SourceWrite write = store.replaceSource(input.source())) {
            ImportReport report = new CrowdTangleReader().read(input, write);
            write.commit(new SourceRecord(input.source(), Files.size(file), "", CrowdTangleReader.FORMAT,
                    Instant.EPOCH, report.rowsRead(), report.rowsAccepted(), report.rowsRejected()));
        }
        report("import, posts kept", "", start, cpuStart);
    }

    private static void report(String what, String result, long start, long cpuStart) {
        System.out.printf(Locale.ROOT, "  %-28s %8.0f ms (CPU %6.0f ms) %s%n", what, (System.nanoTime() - start) / 1e6,
                (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6, result);
    }

    private static ImportContext context() {
        Map<Subject, Map<Platform, String>> accounts = new LinkedHashMap<>();
        for (String page : PAGES) {
            accounts.put(Subject.of(page), Map.of(Platform.FACEBOOK, page + " Page"));
        }
        return ImportContext.of(LONDON, MetricCatalogue.builtIn(), SubjectDirectory.of(accounts), "benchmark");
    }
}
