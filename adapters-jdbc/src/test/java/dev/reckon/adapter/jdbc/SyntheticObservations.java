package dev.reckon.adapter.jdbc;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Observations shaped like a canonical file's rows, as many as wanted and the same on every run:
 * row {@code i} is day {@code i % days} of series {@code i / days}, series following each other as in
 * a file sorted by series then date. Series cycle through subjects, platforms, metrics and towns;
 * one value in ten is a rounded figure (an interval), the rest exact counts.
 */
public final class SyntheticObservations {

    private static final List<String> METRICS = List.of("video_views", "impressions", "reach", "likes", "shares",
            "retweets", "post_impressions", "unique_sharers", "followers", "posts");
    private static final List<Platform> PLATFORMS =
            List.of(Platform.FACEBOOK, Platform.TWITTER, Platform.INSTAGRAM, Platform.YOUTUBE, Platform.TIKTOK);
    private static final int SEGMENTS = 10;
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    private static final Instant EXPORTED_AT = Instant.parse("2025-10-01T09:30:00Z");

    private final String source;
    private final String importId;
    private final Optional<Instant> exportedAt = Optional.of(EXPORTED_AT);
    private final int days;
    private final Window[] windows;
    private final SeriesKey[] keys;

    public SyntheticObservations(String source, int seriesCount, int days) {
        this.source = source;
        this.importId = "import-" + source;
        this.days = days;
        this.windows = new Window[days];
        for (int day = 0; day < days; day++) {
            windows[day] = Window.ofDay(FIRST_DAY.plusDays(day), ZONE);
        }
        this.keys = new SeriesKey[seriesCount];
        for (int series = 0; series < seriesCount; series++) {
            keys[series] = key(series);
        }
    }

    public long count() {
        return (long) keys.length * days;
    }

    public SeriesKey series(int index) {
        return keys[index];
    }

    public int seriesCount() {
        return keys.length;
    }

    public Observation at(long row) {
        SeriesKey key = keys[(int) (row / days)];
        Window window = windows[(int) (row % days)];
        long count = (row * 7919) % 1_000_003;
        Interval value = row % 10 == 9
                ? Interval.of(BigDecimal.valueOf(count * 1000 - 500), BigDecimal.valueOf(count * 1000 + 500))
                : Interval.exactly(count);
        return new Observation(key.subject(), key.platform(), key.metric(), window, key.segment(), Amount.of(value), new Provenance(source, row + 2, exportedAt, importId));
    }

    private static SeriesKey key(int series) {
        int segment = series % SEGMENTS;
        int metric = (series / SEGMENTS) % METRICS.size();
        int platform = (series / SEGMENTS / METRICS.size()) % PLATFORMS.size();
        int subject = series / SEGMENTS / METRICS.size() / PLATFORMS.size();
        return new SeriesKey(Subject.of("subject-" + subject), PLATFORMS.get(platform), new MetricId(METRICS.get(metric)),
                segment == 0 ? Segment.TOTAL : Segment.of("town", "Town " + segment));
    }
}
