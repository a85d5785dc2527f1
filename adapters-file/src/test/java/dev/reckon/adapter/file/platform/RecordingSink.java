package dev.reckon.adapter.file.platform;

import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.metric.Basis;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.post.Post;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A sink that keeps what it is given, for tests to look at. */
public final class RecordingSink implements ObservationSink {

    public final List<Observation> observations = new ArrayList<>();
    public final List<Coverage> coverage = new ArrayList<>();
    public final List<Post> posts = new ArrayList<>();

    private static final MetricCatalogue CATALOGUE = MetricCatalogue.builtIn();

    @Override
    public void accept(Observation observation) {
        observations.add(observation);
    }

    @Override
    public void cover(Coverage coverage) {
        this.coverage.add(coverage);
    }

    @Override
    public void post(Post post) {
        posts.add(post);
    }

    public List<Observation> of(String metric) {
        return observations.stream().filter(o -> o.metric().value().equals(metric)).toList();
    }

    public List<Observation> of(String metric, Segment segment) {
        return observations.stream().filter(o -> o.metric().value().equals(metric) && o.segment().equals(segment)).toList();
    }

    /** The one observation of a metric's total over exactly one day. */
    public Optional<Observation> onDay(String metric, LocalDate day, ZoneId zone) {
        return within(metric, Segment.TOTAL, Window.ofDay(day, zone));
    }

    /**
     * The one observation of a metric's segment over exactly {@code window}. A per-post metric is not
     * rolled up by day but kept with the posts, and read as the series read it: the total of the posts
     * created in the window, located at the first of them in the file.
     */
    public Optional<Observation> within(String metric, Segment segment, Window window) {
        if (isPerPost(metric) && segment.isTotal()) {
            return fromPosts(metric, window);
        }
        List<Observation> found = observations.stream()
                .filter(o -> o.metric().value().equals(metric) && o.segment().equals(segment) && o.window().equals(window))
                .toList();
        if (found.size() > 1) {
            throw new AssertionError("more than one observation of " + metric + " " + segment + " over " + window);
        }
        return found.stream().findFirst();
    }

    /** The exact value of the one observation of a metric's total on a day. */
    public BigDecimal valueOn(String metric, LocalDate day, ZoneId zone) {
        Interval value = onDay(metric, day, zone).orElseThrow(() -> new AssertionError("no " + metric + " on " + day))
                .value();
        return value.lo().orElseThrow();
    }

    /**
     * The exact values of a metric's daily totals added up (7- and 28-day windows left out), as a
     * hand-made check of a whole file.
     */
    public BigDecimal total(String metric) {
        if (isPerPost(metric)) {
            return posts.stream().flatMap(post -> post.value(new MetricId(metric)).stream())
                    .map(value -> value.lo().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return of(metric, Segment.TOTAL).stream()
                .filter(o -> !o.window().isInstant() && o.window().duration().toHours() <= 25)
                .map(o -> o.value().lo().orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean isPerPost(String metric) {
        return CATALOGUE.named(metric).filter(m -> m.basis() == Basis.POST_LIFETIME).isPresent();
    }

    private Optional<Observation> fromPosts(String metric, Window window) {
        MetricId id = new MetricId(metric);
        List<Post> created = posts.stream().filter(post -> post.createdIn(window) && post.values().containsKey(id))
                .sorted(Comparator.comparingLong(post -> post.provenance().line().orElse(0))).toList();
        if (created.isEmpty()) {
            return Optional.empty();
        }
        Interval sum = Interval.ZERO;
        Interval largest = null;
        for (Post post : created) {
            Interval value = post.value(id).orElseThrow();
            sum = sum.plus(value);
            largest = largest == null ? value : largest.max(value);
        }
        boolean distinct = CATALOGUE.find(id).orElseThrow().kind() == AggregationKind.DISTINCT && created.size() > 1;
        Post first = created.get(0);
        return Optional.of(new Observation(first.subject(), first.platform(), id, window, Segment.TOTAL,
                Amount.of(distinct ? Interval.between(largest.lo(), sum.hi()) : sum), first.provenance()));
    }

    public List<Window> coverageOf(String metric) {
        return coverage.stream().filter(c -> c.series().metric().value().equals(metric)).map(Coverage::window).toList();
    }
}
