package dev.reckon.app.bench;

import dev.reckon.adapter.file.crowdtangle.CrowdTangleReader;
import dev.reckon.adapter.postgres.EmbeddedDatabase;
import dev.reckon.adapter.postgres.PostgresObservationStore;
import dev.reckon.adapter.postgres.ServerCpu;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSubject;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.application.port.out.SubjectDirectory;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.Opener;
import dev.reckon.application.service.DossierPostSource;
import dev.reckon.application.service.EvaluateCheckService;
import dev.reckon.application.service.ForwardingObservationStore;
import dev.reckon.application.service.SourceOrder;
import dev.reckon.application.service.StoredSeriesSource;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimChecker;
import dev.reckon.domain.claim.ClaimContext;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.post.LaterExport;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostMetricValue;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesValue;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What crosses from the PostgreSQL store to the JVM for the reads over posts, and what it costs: a
 * CrowdTangle-shaped file (10 pages) is imported into a new dossier of the embedded server, optionally
 * beside N canonical-shaped observations, then five times each, for one page (100,000 posts of the 1M
 * file) and for every page (1M): whole posts (what {@code postValues} was before the store read values
 * of its own), the values alone ({@code postValues}), the {@code post_*} series summed in the JVM
 * ({@code PostSeries}, one page), and the same posts' daily sums made by the server (a {@code GROUP BY}
 * over day boundaries passed in: what pushing the series' sums into SQL would cost the server). Rows
 * and the size of the rows as text are counted by the server. Not a test: {@code bench/post-bench.sh ROWS RUNS postgresql [OBSERVATIONS]}.
 * Arguments: the file (made by {@code ImportBenchmark}), observations to write first (default 0).
 */
public final class PostgresPostsBenchmark {

    private static final List<String> PAGES = List.of("labour", "conservatives", "libdems", "snp", "greens",
            "brexit", "plaid", "jc", "johnson", "swinson");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final MetricId ENGAGEMENTS = new MetricId("post_engagements");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final String WHOLE_POSTS = """
            SELECT p.platform, p.post_id, p.subject, p.created_at, p.type, p.permalink, p.preview,
                   p.post_values::text, p.line, v.source, v.exported_at, v.import_id
            FROM post p
            JOIN source s ON s.dossier_id = p.dossier_id AND s.id = p.source_id
            JOIN provenance v ON v.dossier_id = p.dossier_id AND v.id = p.provenance_id
            WHERE p.dossier_id = ? AND p.subject LIKE ? AND p.created_at >= ? AND p.created_at < ?""";

    private static final String VALUES = """
            SELECT p.platform, p.post_id, p.subject, p.created_at, e.value ->> 1, e.value ->> 2, p.line, p.provenance_id
            FROM post p CROSS JOIN LATERAL jsonb_array_elements(p.post_values) e
            WHERE p.dossier_id = ? AND e.value ->> 0 = 'post_engagements' AND p.subject LIKE ?
              AND p.created_at >= ? AND p.created_at < ?""";

    /** The latest export of each post (one file here, so every post), summed by day of the zone in the server. */
    private static final String DAILY_SUMS = """
            SELECT width_bucket(created_at, ?::bigint[]) AS slot, count(*), sum(lo), sum(hi), max(lo), max(hi),
                   min(created_at)
            FROM (SELECT DISTINCT ON (p.platform, p.post_id) p.created_at, (e.value ->> 1)::numeric AS lo,
                         (e.value ->> 2)::numeric AS hi
                  FROM post p CROSS JOIN LATERAL jsonb_array_elements(p.post_values) e
                  JOIN provenance v ON v.dossier_id = p.dossier_id AND v.id = p.provenance_id
                  WHERE p.dossier_id = ? AND e.value ->> 0 = 'post_engagements' AND p.subject LIKE ?
                    AND p.created_at >= ? AND p.created_at < ?
                  ORDER BY p.platform, p.post_id, v.exported_at DESC NULLS LAST, array_position(?::text[], v.source) DESC,
                           v.source DESC, p.line DESC) latest
            GROUP BY 1""";

    /** What the server spends on each part of the values' read, no row sent: the scan, then each way to pick the value. */
    private static final Map<String, String> SERVER_ONLY = serverOnly();

    private static Map<String, String> serverOnly() {
        String where = " WHERE p.dossier_id = ? AND p.subject LIKE ? AND p.created_at >= ? AND p.created_at < ?";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("the posts' scan alone", "SELECT count(*) FROM post p" + where);
        queries.put("value by jsonb_array_elements", "SELECT count(e.value ->> 1) FROM post p CROSS JOIN LATERAL"
                + " jsonb_array_elements(p.post_values) e" + where + " AND e.value ->> 0 = 'post_engagements'");
        return queries;
    }

    private PostgresPostsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long observations = args.length > 1 ? Long.parseLong(args[1]) : 0;
        String url = EmbeddedDatabase.url();
        String dossier = "posts-bench-" + UUID.randomUUID();
        System.out.printf(Locale.ROOT, "JVM %s, max heap %d MB, %s (%,d MB)%n", Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20, file, Files.size(file) >> 20);
        ServerCpu server = ServerCpu.of(EmbeddedDatabase.location());
        try (PostgresObservationStore store = PostgresObservationStore.open(EmbeddedDatabase.location(), dossier);
             Connection sql = DriverManager.getConnection(url.replace("postgresql://postgres@", "jdbc:postgresql://"),
                     "postgres", "")) {
            if (observations > 0) {
                writeObservations(store, observations);
            }
            importFile(store, file);
            long dossierId = dossierId(sql, dossier);
            try (PreparedStatement analyse = sql.prepareStatement("ANALYZE post")) {
                analyse.execute();
            }
            Period years = Period.of("2019-2021", LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31), LONDON);
            String source = file.getFileName().toString();
            LaterExport later = new LaterExport(List.of(source));
            StoredSeriesSource series = new StoredSeriesSource(store, MetricCatalogue.builtIn(),
                    SourceOrder.listing(List.of(source)));
            for (boolean onePage : new boolean[] {true, false}) {
                Optional<Subject> subject = onePage ? Optional.of(Subject.of(PAGES.get(0))) : Optional.empty();
                PostFilter filter = new PostFilter(subject, Optional.of(Platform.FACEBOOK), Optional.of(ENGAGEMENTS),
                        Optional.of(years.window()));
                String like = onePage ? PAGES.get(0) : "%";
                System.out.printf(Locale.ROOT, "%s:%n", onePage ? "one page" : "every page");
                crossing(sql, "whole posts", WHOLE_POSTS, dossierId, like, years.window(), List.of());
                crossing(sql, "values alone", VALUES, dossierId, like, years.window(), List.of());
                crossing(sql, "daily sums made by the server", DAILY_SUMS, dossierId, like, years.window(),
                        List.<Long[]>of(dayBounds(years)));
                for (int time = 1; time <= 3; time++) {
                    SERVER_ONLY.forEach((what, query) -> time(server, what, () -> serverOnly(sql, query, dossierId,
                            like, years.window())));
                }
                String set = "post_engagements{" + (onePage ? PAGES.get(0) : "*") + ", facebook, 2019-01-01..2021-12-31} by post";
                String check = "max(" + set + ") > 1000";
                ClaimChecker base = checker(wholePosts(store));
                ClaimChecker valuesTwice = checker(store);
                for (int time = 1; time <= (onePage ? 5 : 2); time++) {
                    if (onePage || time == 1) {
                        time(server, "claim: whole posts, read twice", () -> verdict(base.check(Claim.of("c", check))));
                    }
                    time(server, "claim: values, read twice", () -> verdict(valuesTwice.check(Claim.of("c", check))));
                    // A new service each time: one keeps a claim's result while the store's version stays.
                    time(server, "claim: values, read once", () -> verdict(new EvaluateCheckService(dossier(), store)
                            .evaluate(check)));
                }
                for (int time = 1; time <= (onePage ? 5 : 2); time++) {
                    // Every page's whole posts do not fit a 1 GB heap (measured): the claim above says so once.
                    if (onePage) {
                        time(server, "whole posts, then values", () -> {
                            List<PostMetricValue> values = later.latestValues(store.posts(filter).stream()
                                    .flatMap(post -> PostMetricValue.of(post, ENGAGEMENTS).stream()).toList());
                            return values.size() + " posts, " + sum(values);
                        });
                    }
                    time(server, "values alone", () -> {
                        List<PostMetricValue> values = later.latestValuesOncePerFile(store.postValues(filter));
                        return values.size() + " posts, " + sum(values);
                    });
                    if (onePage) {
                        time(server, "series summed in the JVM", () -> {
                            SeriesValue value = series.valueOf(SeriesQuery.of(ENGAGEMENTS, subject.get(),
                                    Platform.FACEBOOK, years));
                            return value.observations().size() + " daily totals, " + value.value();
                        });
                    }
                    time(server, "daily sums made by the server", () -> dailySums(sql, dossierId, like, years, source));
                }
            }
        }
        System.exit(0);
    }

    /** A claim checked as before this store read values of its own or a check read them once. */
    private static ClaimChecker checker(ObservationStore store) {
        Dossier dossier = dossier();
        return new ClaimChecker(new ClaimContext(MetricCatalogue.builtIn(), dossier.subjectNames(), Map.of(),
                Set.of(), LONDON, Set.of(Platform.FACEBOOK), Map.of(), accounts()),
                new StoredSeriesSource(store, MetricCatalogue.builtIn(), SourceOrder.of(dossier)),
                new DossierPostSource(dossier, store));
    }

    /** The store as it was before it read values of its own: whole posts, the value taken from each. */
    private static ObservationStore wholePosts(ObservationStore store) {
        return new ForwardingObservationStore(store) {
            @Override
            public List<PostMetricValue> postValues(PostFilter filter) {
                MetricId metric = filter.requiredMetric();
                return posts(filter).stream().flatMap(post -> PostMetricValue.of(post, metric).stream()).toList();
            }
        };
    }

    private static String verdict(ClaimResult result) {
        return result.verdict().id();
    }

    private static Map<Subject, Set<Platform>> accounts() {
        Map<Subject, Set<Platform>> accounts = new LinkedHashMap<>();
        PAGES.forEach(page -> accounts.put(Subject.of(page), Set.of(Platform.FACEBOOK)));
        return accounts;
    }

    private static Dossier dossier() {
        List<DossierSubject> subjects = PAGES.stream().map(page -> new DossierSubject(Subject.of(page), page,
                Map.of(Platform.FACEBOOK, page + " Page"), List.of())).toList();
        return new Dossier(Path.of("bench"), "bench", LONDON, subjects, Map.of(), MetricCatalogue.builtIn(), List.of(),
                List.of());
    }

    private static String sum(List<PostMetricValue> values) {
        return values.stream().map(PostMetricValue::value).reduce(Interval.ZERO, Interval::plus).toString();
    }

    /** The day starts of the period in its zone, and its end: the slots' boundaries. */
    private static Long[] dayBounds(Period period) {
        List<Long> bounds = new ArrayList<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            bounds.add(nanos(Window.dayStart(day, period.zone())));
        }
        bounds.add(nanos(period.window().end()));
        return bounds.toArray(Long[]::new);
    }

    private static String dailySums(Connection sql, long dossierId, String like, Period period, String source) {
        try (PreparedStatement select = sql.prepareStatement(DAILY_SUMS)) {
            select.setArray(1, sql.createArrayOf("bigint", dayBounds(period)));
            select.setLong(2, dossierId);
            select.setString(3, like);
            select.setLong(4, nanos(period.window().start()));
            select.setLong(5, nanos(period.window().end()));
            select.setArray(6, sql.createArrayOf("text", new String[] {source}));
            int days = 0;
            long posts = 0;
            java.math.BigDecimal total = java.math.BigDecimal.ZERO;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    days++;
                    posts += rows.getLong(2);
                    total = total.add(rows.getBigDecimal(3));
                }
            }
            return days + " daily sums of " + posts + " posts, " + total;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serverOnly(Connection sql, String query, long dossierId, String like, Window window) {
        try (PreparedStatement select = sql.prepareStatement(query)) {
            select.setLong(1, dossierId);
            select.setString(2, like);
            select.setLong(3, nanos(window.start()));
            select.setLong(4, nanos(window.end()));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1) + " counted";
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows a query sends and their size as text, counted by the server. */
    private static void crossing(Connection sql, String what, String query, long dossierId, String like,
                                 Window window, List<Long[]> leading) throws Exception {
        try (PreparedStatement select = sql.prepareStatement(
                "SELECT count(*), sum(octet_length(t::text)) FROM (" + query + ") t")) {
            int column = 1;
            for (Long[] array : leading) {
                select.setArray(column++, sql.createArrayOf("bigint", array));
            }
            select.setLong(column++, dossierId);
            select.setString(column++, like);
            select.setLong(column++, nanos(window.start()));
            select.setLong(column++, nanos(window.end()));
            if (query.equals(DAILY_SUMS)) {
                select.setArray(column, sql.createArrayOf("text", new String[] {"any.csv"}));
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                System.out.printf(Locale.ROOT, "  crossing, %-32s %,10d rows %,14d bytes as text%n", what + ":",
                        rows.getLong(1), rows.getLong(2));
            }
        }
    }

    private static void time(ServerCpu server, String what, Supplier<String> run) {
        double serverBefore = server.seconds();
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        String result;
        try {
            result = run.get();
        } catch (OutOfMemoryError e) {
            // What was read is garbage once thrown; the heap it did not fit is the finding.
            result = "out of memory with a " + (Runtime.getRuntime().maxMemory() >> 20) + " MB heap";
        }
        System.out.printf(Locale.ROOT, "  %-32s %7.0f ms (CPU %5.0f ms JVM thread, %5.0f ms server) %s%n", what,
                (System.nanoTime() - start) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6,
                (server.seconds() - serverBefore) * 1e3, result);
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static long dossierId(Connection sql, String dossier) throws Exception {
        try (PreparedStatement select = sql.prepareStatement("SELECT id FROM dossier WHERE name = ?")) {
            select.setString(1, dossier);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Observations of 1,000-day series beside the posts, so the posts' reads run in a store of that size. */
    private static void writeObservations(PostgresObservationStore store, long observations) {
        long start = System.nanoTime();
        int days = 1_000;
        try (SourceWrite write = store.replaceSource("observations.csv")) {
            for (long series = 0; series * days < observations; series++) {
                Subject subject = Subject.of("subject" + series % 20);
                MetricId metric = new MetricId("metric" + series / 20 % 50);
                Segment segment = series / 1_000 == 0 ? Segment.TOTAL : Segment.of("town", "town" + series / 1_000);
                for (int day = 0; day < days; day++) {
                    write.accept(new Observation(subject, Platform.WEB, metric,
                            Window.ofDay(LocalDate.of(2019, 1, 1).plusDays(day), LONDON), segment,
                            Amount.of(Interval.exactly(day * 31L + series)), Provenance.of("observations.csv", day + 2L)));
                }
            }
            write.commit(new SourceRecord("observations.csv", 0, "0".repeat(64), "canonical", Instant.EPOCH,
                    observations, observations, 0));
        }
        System.out.printf(Locale.ROOT, "  %,d observations written in %.1f s%n", observations,
                (System.nanoTime() - start) / 1e9);
    }

    private static void importFile(PostgresObservationStore store, Path file) throws Exception {
        ExportInput input = new ExportInput(file.getFileName().toString(), Opener.ofFile(file), context());
        long start = System.nanoTime();
        try (SourceWrite write = store.replaceSource(input.source())) {
            ImportReport report = new CrowdTangleReader().read(input, write);
            write.commit(new SourceRecord(input.source(), Files.size(file), "", CrowdTangleReader.FORMAT,
                    Instant.EPOCH, report.rowsRead(), report.rowsAccepted(), report.rowsRejected()));
        }
        System.out.printf(Locale.ROOT, "  import, posts kept: %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static ImportContext context() {
        Map<Subject, Map<Platform, String>> accounts = new LinkedHashMap<>();
        for (String page : PAGES) {
            accounts.put(Subject.of(page), Map.of(Platform.FACEBOOK, page + " Page"));
        }
        return ImportContext.of(LONDON, MetricCatalogue.builtIn(), SubjectDirectory.of(accounts), "benchmark");
    }
}
