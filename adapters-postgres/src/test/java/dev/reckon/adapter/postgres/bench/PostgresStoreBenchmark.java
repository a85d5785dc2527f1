package dev.reckon.adapter.postgres.bench;

import dev.reckon.adapter.postgres.EmbeddedDatabase;
import dev.reckon.adapter.postgres.PostgresLocation;
import dev.reckon.adapter.postgres.PostgresObservationStore;
import dev.reckon.adapter.postgres.ServerCpu;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Measures the PostgreSQL store: observations written per second in one import (held, then sent with
 * COPY at commit), the CPU time of this JVM and of the server for it, and the latency of {@code find}
 * on random series. Not a test: run it with {@code bench/postgres-bench.sh [observations] [finds]
 * [postgresql://...|tuned]}; without a URL it starts the embedded server the tests use, with its default
 * settings, and with {@code tuned} one with the settings of {@link BenchmarkServer#TUNED}. Rows are
 * 10,000 series (20 subjects x 5 platforms x 10 metrics x the total and 9 towns), day after day,
 * series by series, as a canonical export sorted by series gives them.
 */
public final class PostgresStoreBenchmark {

    private static final int SERIES = 10_000;
    private static final Platform[] PLATFORMS = {Platform.FACEBOOK, Platform.TWITTER, Platform.INSTAGRAM,
            Platform.YOUTUBE, Platform.WEB};

    private PostgresStoreBenchmark() {
    }

    public static void main(String[] args) {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        PostgresLocation location = args.length > 2 ? BenchmarkServer.location(args[2])
                : EmbeddedDatabase.location();
        String dossier = "bench-" + UUID.randomUUID();
        try (PostgresObservationStore store = PostgresObservationStore.open(location, dossier)) {
            long days = rows / SERIES;
            ServerCpu server = ServerCpu.of(location);
            double serverBefore = server.seconds();
            double processBefore = processCpuSeconds();
            long started = System.nanoTime();
            try (SourceWrite write = store.replaceSource("bench.csv")) {
                for (int series = 0; series < SERIES; series++) {
                    SeriesKey key = series(series);
                    for (int day = 0; day < days; day++) {
                        write.accept(observation(key, day));
                    }
                }
                long streamed = System.nanoTime();
                System.out.printf("write: %,d observations given to the write in %.1f s%n", days * SERIES,
                        (streamed - started) / 1e9);
                write.commit(new SourceRecord("bench.csv", 0, "0".repeat(64), "canonical", Instant.now(),
                        days * SERIES, days * SERIES, 0));
                System.out.printf("write: sent and committed in %.1f s%n", (System.nanoTime() - streamed) / 1e9);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("write: %,d observations in one import: %.1f s, %,.0f observations/s;"
                    + " CPU %.1f s in this JVM, %.1f s in the server%n", days * SERIES, seconds, days * SERIES / seconds,
                    processCpuSeconds() - processBefore, server.seconds() - serverBefore);
            SplittableRandom random = new SplittableRandom(42);
            for (int i = 0; i < 1_000; i++) {
                store.find(series(random.nextInt(SERIES)));
            }
            double findProcessBefore = processCpuSeconds();
            double findServerBefore = server.seconds();
            long[] nanos = new long[queries];
            long found = 0;
            for (int i = 0; i < queries; i++) {
                long queryStarted = System.nanoTime();
                found += store.find(series(random.nextInt(SERIES))).observations().size();
                nanos[i] = System.nanoTime() - queryStarted;
            }
            Arrays.sort(nanos);
            System.out.printf("find: %,d queries (%,d observations returned): median %.3f ms, p99 %.3f ms, max %.3f ms%n",
                    queries, found, nanos[queries / 2] / 1e6, nanos[(int) (queries * 0.99)] / 1e6,
                    nanos[queries - 1] / 1e6);
            System.out.printf("find: CPU %.1f s in this JVM, %.1f s in the server for all queries%n",
                    processCpuSeconds() - findProcessBefore, server.seconds() - findServerBefore);
        }
        System.exit(0);
    }

    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static SeriesKey series(int index) {
        int town = index % 10;
        int metric = index / 10 % 10;
        int platform = index / 100 % 5;
        int subject = index / 500;
        return new SeriesKey(Subject.of("subject" + subject), PLATFORMS[platform], new MetricId("metric" + metric),
                town == 0 ? Segment.TOTAL : Segment.of("town", "town" + town));
    }

    private static Observation observation(SeriesKey key, int day) {
        long value = (day * 7919L + key.hashCode()) & 0xFFFFF;
        Interval amount = day % 10 == 0 ? Interval.between(Optional.of(java.math.BigDecimal.valueOf(value)),
                Optional.of(java.math.BigDecimal.valueOf(value + 1000))) : Interval.exactly(value);
        return new Observation(key.subject(), key.platform(), key.metric(),
                Window.ofDay(LocalDate.of(2020, 1, 1).plusDays(day), ZoneOffset.UTC), key.segment(), Amount.of(amount),
                new Provenance("bench.csv", day + 2L, Optional.empty(), "bench"));
    }

}
