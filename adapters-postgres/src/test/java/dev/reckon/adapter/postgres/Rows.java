package dev.reckon.adapter.postgres;

import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** Observations and records made up for the PostgreSQL store's own tests. */
final class Rows {

    static final SeriesKey VIEWS = new SeriesKey(Subject.of("labour"), Platform.FACEBOOK, new MetricId("video_views"),
            Segment.TOTAL);
    static final LocalDate FIRST_DAY = LocalDate.of(2019, 11, 1);

    private Rows() {
    }

    /** The views of day {@code day} after the first, from {@code source}. */
    static Observation views(String source, int day, long value) {
        return new Observation(VIEWS.subject(), VIEWS.platform(), VIEWS.metric(),
                Window.ofDay(FIRST_DAY.plusDays(day), ZoneOffset.UTC), VIEWS.segment(), Amount.exactly(value),
                new Provenance(source, day + 2, Optional.empty(), "import-1"));
    }

    static SourceRecord record(String source, long rows) {
        return new SourceRecord(source, rows * 10, "hash-of-" + source, "canonical", Instant.parse("2026-12-06T10:00:00Z"),
                rows, rows, 0);
    }
}
