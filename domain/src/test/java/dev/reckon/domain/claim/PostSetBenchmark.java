package dev.reckon.domain.claim;

import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostId;
import dev.reckon.domain.post.PostSource;
import dev.reckon.domain.series.SeriesStatus;
import dev.reckon.domain.series.SeriesValue;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Not a test: times checking claims over a set by post of many posts, the posts already read
 * (docs/benchmarks.md, "Sets by post"). Arguments: posts (default 100000), runs (default 20).
 */
public final class PostSetBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PostSetBenchmark() {
    }

    /** Where the first post created at or after {@code instant} is in {@code posts}, which are by creation time. */
    private static int firstAt(List<Post> posts, Instant instant) {
        int low = 0;
        int high = posts.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (posts.get(middle).created().isBefore(instant)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Subject page = Subject.of("page");
        Random random = new Random(42);
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            posts.add(new Post(new PostId(Platform.FACEBOOK, Integer.toString(1_000_000 + i)), page,
                    start.plusSeconds(i * 60L), Optional.of("Link"), Optional.of("https://facebook.com/" + i),
                    Optional.of("Post number " + i), Map.of(new MetricId("post_impressions"), Interval.exactly(random.nextInt(1_000_000))),
                    Provenance.of("posts.csv", i + 2L)));
        }
        String top = posts.stream().max((a, b) -> a.value(new MetricId("post_impressions")).orElseThrow().lo().orElseThrow()
                .compareTo(b.value(new MetricId("post_impressions")).orElseThrow().lo().orElseThrow())).orElseThrow().id().id();
        // Posts by creation time, as a store gives them: a read by time (an explanation's post) is a search.
        PostSource source = filter -> filter.created().map(window -> posts.subList(firstAt(posts, window.start()),
                firstAt(posts, window.end()))).orElse(posts);
        ClaimContext context = new ClaimContext(MetricCatalogue.builtIn(), Map.of(page, "The page"),
                Map.of("q1", Period.of("q1", java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 3, 31),
                        ZoneOffset.UTC)), Set.of());
        ClaimChecker checker = new ClaimChecker(context, query -> new SeriesValue(query, SeriesStatus.VALUE,
                Interval.NON_NEGATIVE, Optional.empty(), List.of(), List.of(), "covered", List.of()), source);
        for (String check : List.of("max(post_impressions{page, facebook, q1} by post) > 900k",
                "median(post_impressions{page, facebook, q1} by post) > 400k",
                "argmax(post_impressions{page, facebook, q1} by post) = " + top)) {
            long best = Long.MAX_VALUE;
            long bestCpu = Long.MAX_VALUE;
            ClaimResult result = null;
            for (int run = 0; run < runs; run++) {
                long begin = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                result = checker.check(Claim.of("c" + run, check));
                bestCpu = Math.min(bestCpu, THREADS.getCurrentThreadCpuTime() - cpu);
                best = Math.min(best, System.nanoTime() - begin);
            }
            // The machine is shared: the calling thread's CPU time is the steadier figure.
            System.out.printf("%-70s %s, best of %d: %.1f ms elapsed, %.1f ms CPU%n", check, result.verdict().id(), runs,
                    best / 1e6, bestCpu / 1e6);
        }
    }
}
