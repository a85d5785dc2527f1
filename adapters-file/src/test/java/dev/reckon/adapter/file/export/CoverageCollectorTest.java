package dev.reckon.adapter.file.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a file's rows cover, whatever the order the rows come in. */
class CoverageCollectorTest {

    private static final SeriesKey VIEWS = new SeriesKey(Subject.of("labour"), Platform.FACEBOOK, new MetricId("video_views"), Segment.TOTAL);
    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);

    @Test
    void daysInNoOrderCoverTheRunsTheyMakeAsIfTheyCameInOrder() {
        List<Integer> days = new ArrayList<>(IntStream.range(0, 300).filter(day -> day != 100 && day != 200).boxed().toList());
        days.addAll(days); // every day twice, as a file with two revisions of each row
        Collections.shuffle(days, new Random(7));
        CoverageCollector collector = new CoverageCollector(Optional.empty());

        days.forEach(day -> collector.add(VIEWS, day(day, day)));
        List<Coverage> covered = new ArrayList<>();
        List<Window> distinct = collector.emit(into(covered), "a.csv");

        List<Window> expected = List.of(day(0, 99), day(101, 199), day(201, 299));
        assertThat(distinct).containsExactlyElementsOf(expected);
        assertThat(covered).extracting(Coverage::window).containsExactlyElementsOf(expected);
    }

    /** The whole days {@code first} to {@code last} after 2019-01-01, as one window. */
    private static Window day(int first, int last) {
        return new Window(FIRST.plusDays(first).atStartOfDay().toInstant(ZoneOffset.UTC),
                FIRST.plusDays(last + 1L).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static ObservationSink into(List<Coverage> covered) {
        return new ObservationSink() {
            @Override
            public void accept(Observation observation) {
                throw new AssertionError("coverage only");
            }

            @Override
            public void cover(Coverage coverage) {
                covered.add(coverage);
            }
        };
    }
}
