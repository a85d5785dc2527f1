package dev.reckon.application.service;

import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SeriesData;
import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.metric.Basis;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.number.Amount;
import dev.reckon.domain.number.DigitGrouping;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.post.LaterExport;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostMetricValue;
import dev.reckon.domain.series.SeriesAggregator;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesStatus;
import dev.reckon.domain.series.SeriesValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The value of a series of a per-post metric ({@code post_impressions}, a post's lifetime total,
 * docs/semantics.md#posts): the sum over the posts created in the period, each post once with the
 * values of its latest export ({@link LaterExport}), whichever files they come from. The exports'
 * coverage says where the sum is complete: a stretch of the period no export covers may hide posts,
 * so it leaves the value without an upper bound, even where some posts were seen in it.
 *
 * <p>Computed here, from the store's ports, so every store gives the same value by construction.
 * The observations a value names are the posts' daily totals (days of the period's zone, cut where
 * an export's covered window starts or ends), each located at the day's first post. A figure of
 * the series that no post gives (a canonical file's daily totals) is aggregated with those daily
 * totals by the series rules; a figure a source of posts gives beside them (the daily roll-up of a
 * store written before the posts counted) is left out, since its posts already count.
 */
final class PostSeries {

    /** How many files a rule names before it says how many more there are. */
    private static final int NAMED_FILES = 3;

    private final ObservationStore store;
    private final SourceOrder order;
    private final LaterExport later;

    PostSeries(ObservationStore store, SourceOrder order) {
        this.store = Objects.requireNonNull(store, "store is null");
        this.order = Objects.requireNonNull(order, "order is null");
        this.later = order.laterExport();
    }

    /** Whether a series of {@code metric} over {@code query} is read from the posts. */
    static boolean readsPosts(SeriesQuery query, Metric metric) {
        return metric.basis() == Basis.POST_LIFETIME && query.segment().isTotal() && metric.kind() != AggregationKind.STOCK;
    }

    /** The value of {@code query}, whose metric is the per-post {@code metric}; {@code data} is what the store holds of its key. */
    SeriesValue valueOf(SeriesQuery query, Metric metric, SeriesData data) {
        Window period = query.period().window();
        List<PostMetricValue> exports = store.postValues(PostFilter.of(query.subject(), query.platform(), metric.id(),
                period));
        List<PostMetricValue> latest = later.latestValuesOncePerFile(exports);
        Set<String> sourcesOfPosts = exports.stream().map(value -> value.provenance().source())
                .collect(Collectors.toCollection(HashSet::new));
        List<Observation> others = data.observations().stream()
                .filter(o -> !sourcesOfPosts.contains(o.provenance().source()))
                .filter(o -> o.seriesKey().equals(query.key()) && o.window().overlaps(period)).toList();
        List<Window> coverage = data.coverage().stream().filter(c -> c.series().equals(query.key()))
                .map(Coverage::window).toList();
        DailyTotals days = new DailyTotals(query, metric, coverage, latest);
        List<Observation> daily = days.observations();
        String revised = revisedNote(exports.size(), latest.size());
        if (!others.isEmpty()) {
            List<Observation> all = Stream.concat(others.stream(), daily.stream()).toList();
            SeriesValue value = SeriesAggregator.aggregate(query, metric, order.sorted(all), data.coverage());
            List<String> notes = new ArrayList<>();
            if (!daily.isEmpty()) {
                notes.add((daily.size() == 1 ? "1 figure is the daily total" : daily.size() + " figures are the daily totals")
                        + " of " + count(latest.size(), "post") + " created in " + query.period().name()
                        + "; the others were given as figures");
            }
            if (!revised.isEmpty()) {
                notes.add(revised);
            }
            return value.withNotes(notes);
        }
        List<Window> gaps = uncovered(period, coverage);
        if (latest.isEmpty() && gaps.size() == 1 && gaps.get(0).equals(period)) {
            return SeriesValue.missing(query, "No post and no export's coverage touches " + query.period() + ".");
        }
        Interval seen = days.total();
        Interval value = gaps.isEmpty() ? seen : seen.withoutUpperBound();
        String rule = rule(query.period(), metric, latest) + " " + coverageSentence(gaps);
        return new SeriesValue(query, SeriesStatus.VALUE, value, Optional.empty(), daily, gaps, rule,
                revised.isEmpty() ? List.of() : List.of(revised));
    }

    /**
     * A running total of some posts' values: their sum for an additive metric; for a distinct count
     * (the people a post reached), from the most any one reached to the sum, since people reached by
     * several posts count once.
     */
    private static final class Tally {

        private final boolean distinct;
        private Interval sum = Interval.ZERO;
        private Interval largest;
        private long posts;

        Tally(Metric metric) {
            this.distinct = metric.kind() == AggregationKind.DISTINCT;
        }

        void add(Interval value) {
            sum = sum.plus(value);
            largest = largest == null ? value : largest.max(value);
            posts++;
        }

        void add(Tally other) {
            if (other.posts > 0) {
                sum = sum.plus(other.sum);
                largest = largest == null ? other.largest : largest.max(other.largest);
                posts += other.posts;
            }
        }

        Interval value() {
            return distinct && posts > 1 ? Interval.between(largest.lo(), sum.hi()) : sum;
        }
    }

    private static String rule(Period period, Metric metric, List<PostMetricValue> latest) {
        if (latest.isEmpty()) {
            return "No post with " + metric.id() + " was created in " + period + ".";
        }
        List<String> files = latest.stream().map(value -> value.provenance().source()).distinct().sorted().toList();
        String from = ", each once with the values of its latest export, from " + count(files.size(), "file") + " ("
                + listed(files) + ").";
        if (metric.kind() == AggregationKind.DISTINCT && latest.size() > 1) {
            return "From the most any one of the " + latest.size() + " posts created in " + period + " reached to the"
                    + " sum of all of them (someone reached by several posts counts once)" + from;
        }
        return "Sum of " + (latest.size() == 1 ? "the post" : "the " + latest.size() + " posts") + " created in "
                + period + from;
    }

    private static String coverageSentence(List<Window> gaps) {
        if (gaps.isEmpty()) {
            return "The exports cover the whole period, so days without posts count zero.";
        }
        Duration missing = gaps.stream().map(Window::duration).reduce(Duration.ZERO, Duration::plus);
        return (gaps.size() == 1 ? "One stretch" : gaps.size() + " stretches") + " of time (" + hours(missing)
                + " in all) no export covers may hold posts not seen, so the value has no upper bound.";
    }

    /** A note when some post was exported more than once: only its latest export counts. */
    private static String revisedNote(int exports, int posts) {
        int repeated = exports - posts;
        return repeated == 0 ? "" : count(repeated, "export") + " of posts already exported in another file "
                + (repeated == 1 ? "was" : "were") + " left out: each post counts once, with its latest export's values";
    }

    /** The parts of {@code period} no window of {@code coverage} covers, in time order. */
    static List<Window> uncovered(Window period, List<Window> coverage) {
        List<Window> sorted = coverage.stream().filter(w -> w.overlaps(period))
                .sorted(Comparator.comparing(Window::start)).toList();
        List<Window> gaps = new ArrayList<>();
        Instant from = period.start();
        for (Window covered : sorted) {
            if (covered.start().isAfter(from)) {
                gaps.add(new Window(from, covered.start()));
            }
            if (covered.end().isAfter(from)) {
                from = covered.end();
            }
        }
        if (from.isBefore(period.end())) {
            gaps.add(new Window(from, period.end()));
        }
        return gaps;
    }

    private static String hours(Duration duration) {
        long hours = duration.toHours();
        if (hours > 0 && hours % 24 == 0) {
            return count(hours / 24, "day");
        }
        return hours > 0 ? count(hours, "hour") : count(duration.toMinutes(), "minute");
    }

    private static String count(long n, String noun) {
        return DigitGrouping.grouped(BigDecimal.valueOf(n)) + " " + noun + (n == 1 ? "" : "s");
    }

    private static String listed(List<String> files) {
        if (files.size() <= NAMED_FILES) {
            return files.size() == 1 ? files.get(0)
                    : String.join(", ", files.subList(0, files.size() - 1)) + " and " + files.get(files.size() - 1);
        }
        return String.join(", ", files.subList(0, NAMED_FILES)) + " and " + (files.size() - NAMED_FILES) + " more";
    }

    /**
     * The posts' totals by day of the period's zone, each day cut where a covered window starts or
     * ends: a day part an export covers is then never one figure with a part no export covers, so
     * that the series rules still see the uncovered part as a gap.
     */
    private static final class DailyTotals {

        private final SeriesQuery query;
        private final Metric metric;
        private final ZoneId zone;
        private final TreeSet<Instant> cuts = new TreeSet<>();
        private final Map<Window, Tally> bySlot = new LinkedHashMap<>();
        private final Map<Window, PostMetricValue> firstOfSlot = new LinkedHashMap<>();

        /** The totals of {@code posts}, by creation time, in the day parts {@code coverage} leaves. */
        DailyTotals(SeriesQuery query, Metric metric, List<Window> coverage, List<PostMetricValue> posts) {
            this.query = query;
            this.metric = metric;
            this.zone = query.period().zone();
            coverage.forEach(window -> {
                cuts.add(window.start());
                cuts.add(window.end());
            });
            Window slot = null;
            Tally tally = null;
            for (PostMetricValue post : posts) {
                if (slot == null || post.created().isBefore(slot.start()) || !post.created().isBefore(slot.end())) {
                    slot = slotOf(post.created());
                    tally = bySlot.get(slot);
                    if (tally == null) {
                        tally = new Tally(metric);
                        bySlot.put(slot, tally);
                        firstOfSlot.put(slot, post);
                    }
                }
                tally.add(post.value());
            }
        }

        /** One observation per day part with posts, in time order, located at its first post. */
        List<Observation> observations() {
            List<Observation> daily = new ArrayList<>(bySlot.size());
            bySlot.forEach((slot, tally) -> daily.add(new Observation(query.subject(), query.platform(), metric.id(),
                    slot, Segment.TOTAL, Amount.of(tally.value()), firstOfSlot.get(slot).provenance())));
            return daily;
        }

        /** The total of all the posts. */
        Interval total() {
            Tally all = new Tally(metric);
            bySlot.values().forEach(all::add);
            return all.value();
        }

        private Window slotOf(Instant created) {
            LocalDate day = LocalDate.ofInstant(created, zone);
            Instant start = Window.dayStart(day, zone);
            Instant end = Window.dayEnd(day, zone);
            Instant cutBefore = cuts.floor(created);
            Instant cutAfter = cuts.higher(created);
            if (cutBefore != null && cutBefore.isAfter(start)) {
                start = cutBefore;
            }
            if (cutAfter != null && cutAfter.isBefore(end)) {
                end = cutAfter;
            }
            return new Window(start, end);
        }
    }
}
