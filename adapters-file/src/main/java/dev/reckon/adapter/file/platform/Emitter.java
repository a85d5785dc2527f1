package dev.reckon.adapter.file.platform;

import java.util.HashMap;
import java.util.Map;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns what a reader found into observations and coverage of one subject on one platform, with
 * the provenance every observation carries, and records the covered windows in the report.
 */
public final class Emitter {

    private final ObservationSink sink;
    // The readers name a handful of metrics many times over: each text becomes a MetricId once.
    private final Map<String, MetricId> metricIds = new HashMap<>();
    private final ReportBuilder report;
    private final Subject subject;
    private final Platform platform;
    private final ZoneId zone;
    private final String importId;
    private final Optional<Instant> exportedAt;
    private long observations;

    public Emitter(ObservationSink sink, ReportBuilder report, Subject subject, Platform platform, ZoneId zone,
                   String importId, Optional<Instant> exportedAt) {
        this.sink = Objects.requireNonNull(sink, "sink is null");
        this.report = Objects.requireNonNull(report, "report is null");
        this.subject = Objects.requireNonNull(subject, "subject is null");
        this.platform = Objects.requireNonNull(platform, "platform is null");
        this.zone = Objects.requireNonNull(zone, "zone is null");
        this.importId = Objects.requireNonNull(importId, "importId is null");
        this.exportedAt = Objects.requireNonNull(exportedAt, "exportedAt is null");
    }

    /**
     * An emitter for a file of daily figures: in the zone its data is written in, with the note in the
     * report that its dates are days of that zone.
     */
    public static Emitter ofDays(ObservationSink sink, ReportBuilder report, ImportContext context, Subject subject,
                                 Platform platform) {
        Emitter emitter = new Emitter(sink, report, subject, platform, context.dataZone(), context.importId(),
                Optional.empty());
        DataZones.noteDays(context, report);
        return emitter;
    }

    public ZoneId zone() {
        return zone;
    }

    public void observe(String metric, Window window, Segment segment, Interval value, long line) {
        observe(metric, window, segment, Amount.of(value), line);
    }

    public void observe(String metric, Window window, Segment segment, Amount value, long line) {
        sink.accept(new Observation(subject, platform, id(metric), window, segment, value,
                new Provenance(report.source(), line, exportedAt, importId)));
        observations++;
    }

    public void observeDay(String metric, LocalDate day, Segment segment, Interval value, long line) {
        observe(metric, Window.ofDay(day, zone), segment, value, line);
    }

    /** Declares the source complete for a series over a window: time there without observations is zero. */
    public void cover(String metric, Segment segment, Window window) {
        sink.cover(new Coverage(new SeriesKey(subject, platform, id(metric), segment), window, report.source()));
        report.covered(window);
    }

    public void coverDays(String metric, Segment segment, LocalDate from, LocalDate toInclusive) {
        cover(metric, segment, Window.ofDays(from, toInclusive, zone));
    }

    /** Declares the source complete for a series on every run of days in {@code days}. */
    public void cover(String metric, Segment segment, DayRuns days) {
        for (DayRuns.Run run : days.runs()) {
            coverDays(metric, segment, run.first(), run.last());
        }
    }

    /**
     * Hands on a post of this emitter's subject and platform, read at {@code line}. A post its export
     * gives no id is known by where it was read ({@code posts.csv:12}): it adds to every other post,
     * and only a new import of the same file replaces it.
     */
    public void post(PostRow row) {
        Provenance provenance = new Provenance(report.source(), row.line(), exportedAt, importId);
        String id = row.id().equals(PostRow.NO_ID) ? provenance.location() : row.id();
        sink.post(new Post(new PostId(platform, id), subject, row.created(), row.type(), row.permalink(),
                row.preview(), row.values(), provenance));
    }

    private MetricId id(String metric) {
        return metricIds.computeIfAbsent(metric, MetricId::new);
    }

    public long observations() {
        return observations;
    }
}
