package dev.reckon.adapter.file.platform;

import dev.reckon.application.port.out.ObservationSink;
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
import java.util.List;
import java.util.Optional;

/** A sink that keeps what it is given, for tests to look at. */
public final class RecordingSink implements ObservationSink {

    public final List<Observation> observations = new ArrayList<>();
    public final List<Coverage> coverage = new ArrayList<>();
    public final List<Post> posts = new ArrayList<>();

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

    public Optional<Observation> within(String metric, Segment segment, Window window) {
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
        return of(metric, Segment.TOTAL).stream()
                .filter(o -> !o.window().isInstant() && o.window().duration().toHours() <= 25)
                .map(o -> o.value().lo().orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<Window> coverageOf(String metric) {
        return coverage.stream().filter(c -> c.series().metric().value().equals(metric)).map(Coverage::window).toList();
    }
}
