package dev.reckon.app.bench;

import dev.reckon.adapter.file.crowdtangle.CrowdTangleReader;
import dev.reckon.adapter.jdbc.SqliteObservationStore;
import dev.reckon.application.fixture.PostsRedirected;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSubject;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.application.port.out.SubjectDirectory;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.Opener;
import dev.reckon.application.service.DossierPostSource;
import dev.reckon.application.service.EvaluateCheckService;
import dev.reckon.application.service.StoredSeriesSource;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimChecker;
import dev.reckon.domain.claim.ClaimContext;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a CrowdTangle-shaped file into a new SQLite store, as {@code reckon check} does with a
 * dossier's data, alternately keeping its posts and dropping them at the store's door (the roll-up
 * alone, what the import stored before posts were kept), then reads one page's posts back and checks
 * claims over them by post, end to end. Not a
 * test: {@code bench/post-bench.sh} runs it; docs/benchmarks.md has the figures. Arguments: the
 * file (made by {@code ImportBenchmark}), runs of each kind (3).
 */
public final class PostImportBenchmark {

    private static final List<String> PAGES = List.of("labour", "conservatives", "libdems", "snp", "greens",
            "brexit", "plaid", "jc", "johnson", "swinson");

    /** The calling thread's CPU time tells the code's cost apart from waiting for a core on a busy machine. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PostImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path folder = Files.createTempDirectory("post-bench");
        System.out.printf(Locale.ROOT, "JVM %s, max heap %d MB, %d processors, %s (%,d MB)%n", Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), file,
                Files.size(file) >> 20);
        for (int run = 1; run <= runs; run++) {
            measure(file, folder.resolve("rollup-" + run + ".db"), false, run);
            measure(file, folder.resolve("posts-" + run + ".db"), true, run);
        }
    }

    private static void measure(Path file, Path db, boolean keepPosts, int run) throws Exception {
        System.gc();
        try (SqliteObservationStore store = SqliteObservationStore.open(db)) {
            ExportInput input = new ExportInput(file.getFileName().toString(), Opener.ofFile(file), context());
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            ImportReport report;
            try (SourceWrite write = store.replaceSource(input.source())) {
                // Without posts, the roll-up alone is measured: what an import stored before posts were kept.
                report = new CrowdTangleReader().read(input, keepPosts ? write : new PostsRedirected(write, post -> { }));
                write.commit(new SourceRecord(input.source(), Files.size(file), "", CrowdTangleReader.FORMAT,
                        Instant.EPOCH, report.rowsRead(), report.rowsAccepted(), report.rowsRejected()));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            long readStart = System.nanoTime();
            long readCpuStart = THREADS.getCurrentThreadCpuTime();
            // One page's posts (100,000 of the 1M), whole: what `reckon posts` lists.
            int posts = store.posts(new PostFilter(Optional.of(Subject.of(PAGES.get(0))), Optional.empty(),
                    Optional.empty(), Optional.empty())).size();
            double readSeconds = (System.nanoTime() - readStart) / 1e9;
            double readCpuSeconds = (THREADS.getCurrentThreadCpuTime() - readCpuStart) / 1e9;
            System.out.printf(Locale.ROOT, "run %d, %-15s %6.2f s import (CPU %.2f s, %,.0f rows/s), %,d posts of one"
                            + " page read back in %.2f s (CPU %.2f s), file %,d MB%n", run,
                    keepPosts ? "posts kept:" : "roll-up only:", seconds, cpuSeconds, report.rowsRead() / seconds,
                    posts, readSeconds, readCpuSeconds, Files.size(db) >> 20);
            if (keepPosts) {
                measureClaims(store);
            }
        }
        Files.deleteIfExists(db);
    }

    /**
     * What {@code max(post_engagements{labour, facebook, 2019-01-01..2021-12-31} by post)} reads and
     * computes over one page's 100,000 posts, end to end: the claim checked as {@code reckon check}
     * checks it (parse, the posts' values read from the store, the later export of each kept, the
     * set evaluated against the series' coverage, the explanation naming the top posts). Ten
     * times each, to see it once compiled; the best is what the figures give.
     */
    private static void measureClaims(SqliteObservationStore store) {
        // The posts of a dossier of this one file, as `reckon check` reads them.
        PostSource posts = new DossierPostSource(store, List.of());
        Subject page = Subject.of(PAGES.get(0));
        ClaimChecker checker = new ClaimChecker(new ClaimContext(MetricCatalogue.builtIn(), Map.of(page, "Labour"),
                Map.of(), Set.of()), new StoredSeriesSource(store, MetricCatalogue.builtIn()), posts);
        String set = "post_engagements{" + page.id() + ", facebook, 2019-01-01..2021-12-31} by post";
        for (String check : List.of("max(" + set + ") > 1000", "median(" + set + ") > 1000", "count(" + set + ") > 1000")) {
            long best = Long.MAX_VALUE;
            long bestCpu = Long.MAX_VALUE;
            ClaimResult result = null;
            for (int time = 1; time <= 10; time++) {
                long start = System.nanoTime();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                result = checker.check(Claim.of("c" + time, check));
                best = Math.min(best, System.nanoTime() - start);
                bestCpu = Math.min(bestCpu, THREADS.getCurrentThreadCpuTime() - cpuStart);
            }
            System.out.printf(Locale.ROOT, "  %-95s %s, best of 10: %.0f ms (CPU %.0f ms)%n", check,
                    result.verdict().id(), best / 1e6, bestCpu / 1e6);
            // As `reckon check` checks it now: the set's values and its series' coverage read once.
            best = Long.MAX_VALUE;
            bestCpu = Long.MAX_VALUE;
            for (int time = 1; time <= 10; time++) {
                EvaluateCheckService once = new EvaluateCheckService(dossier(page), store);
                long start = System.nanoTime();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                result = once.evaluate(check);
                best = Math.min(best, System.nanoTime() - start);
                bestCpu = Math.min(bestCpu, THREADS.getCurrentThreadCpuTime() - cpuStart);
            }
            System.out.printf(Locale.ROOT, "  %-95s %s, best of 10: %.0f ms (CPU %.0f ms)%n", check + " (values read once)",
                    result.verdict().id(), best / 1e6, bestCpu / 1e6);
        }
    }

    private static Dossier dossier(Subject page) {
        return new Dossier(Path.of("bench"), "bench", ZoneId.of("Europe/London"),
                List.of(new DossierSubject(page, "Labour", Map.of(Platform.FACEBOOK, page.id() + " Page"))), Map.of(),
                MetricCatalogue.builtIn(), List.of(), List.of());
    }

    private static ImportContext context() {
        Map<Subject, Map<Platform, String>> accounts = new LinkedHashMap<>();
        for (String page : PAGES) {
            accounts.put(Subject.of(page), Map.of(Platform.FACEBOOK, page + " Page"));
        }
        return ImportContext.of(ZoneId.of("Europe/London"), MetricCatalogue.builtIn(), SubjectDirectory.of(accounts),
                "benchmark");
    }
}
