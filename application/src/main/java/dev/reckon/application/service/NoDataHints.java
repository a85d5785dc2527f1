package dev.reckon.application.service;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SeriesData;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesStatus;
import dev.reckon.domain.series.SeriesValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What would help when a series has no data, told with the no-data verdict: the metrics the subject
 * and platform do have, the days the asked series' data covers when the period lies outside them,
 * and the files whose rejected rows were meant for this subject or platform. A no-data verdict that
 * hides a rejected file is the worst kind, since the user would believe the data simply is not there.
 * Reads the store once per instance, and only for a series that has no data.
 */
final class NoDataHints {

    /** Past this many files with rejected rows, the rest are counted rather than listed. */
    static final int LISTED_FILES = 3;
    /** Past this many other metrics, the rest are counted rather than listed. */
    static final int LISTED_METRICS = 8;

    private final ObservationStore store;
    private volatile Set<SeriesKey> keys;
    private volatile List<SourceRecord> sources;

    NoDataHints(ObservationStore store) {
        this.store = Objects.requireNonNull(store, "store is null");
    }

    /** {@code value}, with what would help in its notes when it is missing; {@code data} is what the store holds of its key. */
    SeriesValue explained(SeriesValue value, SeriesData data) {
        if (value.status() != SeriesStatus.MISSING) {
            return value;
        }
        SeriesQuery query = value.query();
        List<String> hints = new ArrayList<>();
        outsideThePeriod(query, data).ifPresent(hints::add);
        otherMetrics(query).ifPresent(hints::add);
        hints.addAll(rejectedRows(query));
        return hints.isEmpty() ? value : value.withNotes(hints);
    }

    /** "The twitter post_impressions data of ropensci covers 2017-01-01 to 2017-03-31, outside ge2019 (...)." */
    private static Optional<String> outsideThePeriod(SeriesQuery query, SeriesData data) {
        Optional<Instant> first = Stream.concat(data.observations().stream().map(Observation::window),
                data.coverage().stream().map(c -> c.window())).map(Window::start).min(Instant::compareTo);
        Optional<Instant> last = Stream.concat(data.observations().stream().map(Observation::window),
                data.coverage().stream().map(c -> c.window())).map(Window::end).max(Instant::compareTo);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Period period = query.period();
        String platform = query.platform() == Platform.ALL ? "" : query.platform().id() + " ";
        return Optional.of("The " + platform + query.metric() + " data of " + query.subject().id() + " covers "
                + span(first.get(), last.get(), period.zone()) + ", outside " + period + ".");
    }

    /**
     * "2017-01-01 to 2017-03-31" when the data starts and ends at midnights of the period's zone;
     * else the hours too ("2016-12-31 19:00 to 2017-03-31 20:00 America/New_York"), since X's UTC
     * files cover only the evening of New York's 31 December, which a bare date would call covered.
     */
    private static String span(Instant first, Instant last, ZoneId zone) {
        ZonedDateTime start = first.atZone(zone);
        ZonedDateTime end = last.atZone(zone);
        boolean wholeDays = start.toLocalTime().equals(LocalTime.MIDNIGHT) && end.toLocalTime().equals(LocalTime.MIDNIGHT);
        if (!wholeDays) {
            DateTimeFormatter minutes = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
            return start.format(minutes) + " to " + end.format(minutes) + " " + zone.getId();
        }
        LocalDate from = start.toLocalDate();
        // A window's end is exclusive: its last day is the one before the instant it ends.
        LocalDate to = last.minusNanos(1).atZone(zone).toLocalDate();
        return from.equals(to) ? from.toString() : from + " to " + to;
    }

    /** "rOpenSci's Twitter data has post_impressions and post_likes, not impressions." */
    private Optional<String> otherMetrics(SeriesQuery query) {
        Set<MetricId> metrics = new TreeSet<>();
        for (SeriesKey key : keys()) {
            boolean samePlatform = query.platform() == Platform.ALL || key.platform() == query.platform();
            if (key.subject().equals(query.subject()) && samePlatform) {
                metrics.add(key.metric());
            }
        }
        if (metrics.contains(query.metric())) {
            // The metric is there, for other days or segments: other metrics would not help.
            return Optional.empty();
        }
        String whose = "the " + (query.platform() == Platform.ALL ? "" : query.platform().id() + " ") + "data of "
                + query.subject().id();
        if (metrics.isEmpty()) {
            return Optional.of("There is no " + whose.substring("the ".length()) + " at all.");
        }
        List<String> listed = metrics.stream().limit(LISTED_METRICS).map(MetricId::value).toList();
        String more = metrics.size() > listed.size() ? " and " + (metrics.size() - listed.size()) + " more" : "";
        return Optional.of(Character.toUpperCase(whose.charAt(0)) + whose.substring(1) + " has "
                + String.join(", ", listed) + more + ", not " + query.metric() + ".");
    }

    /** "37 rows of data/x.csv were rejected: the twitter account 'rOpenSci' belongs to none of ...". */
    private List<String> rejectedRows(SeriesQuery query) {
        Pattern subject = word(query.subject().id());
        Optional<Pattern> platform = query.platform() == Platform.ALL ? Optional.empty()
                : Optional.of(word(query.platform().id()));
        List<String> hints = new ArrayList<>();
        int unlisted = 0;
        for (SourceRecord source : sources()) {
            Optional<RowProblem> meant = source.report().flatMap(report -> meantFor(report, subject, platform));
            if (meant.isEmpty()) {
                continue;
            }
            if (hints.size() < LISTED_FILES) {
                long rows = source.rowsRejected();
                hints.add(rows + (rows == 1 ? " row of " : " rows of ") + source.source() + (rows == 1 ? " was" : " were")
                        + " rejected: " + meant.get().reason() + ".");
            } else {
                unlisted++;
            }
        }
        if (unlisted > 0) {
            hints.add(unlisted + (unlisted == 1 ? " more file" : " more files") + " had rows rejected for it.");
        }
        return hints;
    }

    /**
     * The first problem of {@code report} that names the subject, or, when the whole file was
     * rejected, that names the platform: a file no subject could be found for names the platform's account.
     */
    private static Optional<RowProblem> meantFor(ImportReport report, Pattern subject, Optional<Pattern> platform) {
        if (report.rowsRejected() == 0) {
            return Optional.empty();
        }
        boolean wholeFile = report.rowsAccepted() == 0;
        return report.problems().stream()
                .filter(p -> subject.matcher(p.reason()).find()
                        || wholeFile && platform.filter(words -> words.matcher(p.reason()).find()).isPresent())
                .findFirst();
    }

    private static Pattern word(String text) {
        return Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(text.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private Set<SeriesKey> keys() {
        Set<SeriesKey> read = keys;
        if (read == null) {
            read = Set.copyOf(store.seriesKeys());
            keys = read;
        }
        return read;
    }

    private List<SourceRecord> sources() {
        List<SourceRecord> read = sources;
        if (read == null) {
            read = List.copyOf(store.sources());
            sources = read;
        }
        return read;
    }
}
