package dev.reckon.application.service;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.application.port.in.DataListing;
import dev.reckon.application.port.in.PostListing;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SeriesData;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.DossierProblem;
import dev.reckon.application.port.shared.PostSelection;
import dev.reckon.application.port.shared.SeriesSummary;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.InlinePeriod;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.post.LaterExport;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostFilter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a dossier's data holds, read from its store: its posts as a user selects them, and a
 * summary of every series. Shared by the command line and the server.
 */
public final class DossierData {

    /** The metric that counts posts: every post is one of it, though no post holds it as a value. */
    private static final MetricId POST_COUNT = new MetricId("posts");

    private final Dossier dossier;
    private final ObservationStore store;
    private final DossierPostSource posts;

    public DossierData(Dossier dossier, ObservationStore store) {
        this.dossier = Objects.requireNonNull(dossier, "dossier is null");
        this.store = Objects.requireNonNull(store, "store is null");
        this.posts = new DossierPostSource(dossier, store);
    }

    /**
     * The posts {@code selection} asks for.
     *
     * @throws DossierException naming each part of the selection the dossier does not know
     */
    public PostListing posts(PostSelection selection) throws DossierException {
        List<DossierProblem> problems = new ArrayList<>();
        Optional<Subject> subject = resolve("subject", selection.subject(), this::subject, problems);
        Optional<Platform> platform = resolve("platform", selection.platform(), this::platform, problems);
        Optional<Window> period = resolve("period", selection.period(), this::period, problems);
        Optional<MetricId> sort = resolve("sort", selection.sort(), this::metric, problems);
        if (!problems.isEmpty()) {
            throw new DossierException(problems);
        }
        List<Post> found = new ArrayList<>(posts.posts(new PostFilter(subject, platform, Optional.empty(), period)));
        sort.ifPresent(metric -> found.sort(largestFirst(metric)));
        int shown = selection.top().isPresent() ? Math.min(selection.top().getAsInt(), found.size()) : found.size();
        return new PostListing(dossier.title(), dossier.zone(), found.subList(0, shown), found.size());
    }

    /**
     * Every series the store holds, in key order: those with observations or coverage, and those of
     * a per-post metric that only posts give (an export without a covered window).
     */
    public DataListing series() {
        List<Post> all = posts.posts(PostFilter.ALL);
        List<SeriesKey> keys = new ArrayList<>(store.seriesKeys());
        Set<SeriesKey> listed = new HashSet<>(keys);
        for (Post post : all) {
            for (MetricId metric : post.values().keySet()) {
                SeriesKey key = new SeriesKey(post.subject(), post.platform(), metric, Segment.TOTAL);
                if (listed.add(key)) {
                    keys.add(key);
                }
            }
        }
        keys.sort(ObservationStore.SERIES_KEY_ORDER);
        List<SeriesSummary> summaries = new ArrayList<>();
        for (SeriesKey key : keys) {
            summaries.add(summary(key, all));
        }
        return new DataListing(dossier.title(), dossier.zone(), summaries);
    }

    private SeriesSummary summary(SeriesKey key, List<Post> all) {
        SeriesData data = store.find(key);
        TreeSet<LocalDate> touched = new TreeSet<>();
        TreeSet<LocalDate> covered = new TreeSet<>();
        data.observations().stream().map(Observation::window).forEach(window -> touched.addAll(days(window)));
        data.coverage().stream().map(Coverage::window).forEach(window -> covered.addAll(days(window)));
        touched.addAll(covered);
        List<Post> ofSeries = key.segment().isTotal() ? all.stream()
                .filter(post -> post.subject().equals(key.subject()) && post.platform() == key.platform()
                        && (key.metric().equals(POST_COUNT) || post.values().containsKey(key.metric())))
                .toList() : List.of();
        // A per-post metric's series is summed from its posts, so the days they were created on are its days too.
        ofSeries.forEach(post -> touched.add(LocalDate.ofInstant(post.created(), dossier.zone())));
        long postCount = ofSeries.size();
        return new SeriesSummary(key, touched.isEmpty() ? Optional.empty() : Optional.of(touched.first()),
                touched.isEmpty() ? Optional.empty() : Optional.of(touched.last()), covered.size(),
                data.observations().size(), postCount);
    }

    /** The days of the dossier's zone that {@code window} touches; an instant touches its own day. */
    private List<LocalDate> days(Window window) {
        LocalDate first = LocalDate.ofInstant(window.start(), dossier.zone());
        LocalDate last = window.isInstant() ? first : LocalDate.ofInstant(window.end().minusNanos(1), dossier.zone());
        return first.datesUntil(last.plusDays(1)).toList();
    }

    /** Posts with the largest value of {@code metric} first (by the value's lower end), those without it last. */
    private static Comparator<Post> largestFirst(MetricId metric) {
        Function<Post, BigDecimal> low = post -> post.value(metric).flatMap(Interval::lo).orElse(null);
        return Comparator.comparing(low, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                .thenComparing(LaterExport.CREATED);
    }

    /**
     * What {@code text} names, where given; a problem instead, said to be in {@code part} (the option
     * or parameter of that name), when {@code resolver} finds nothing by it.
     */
    private static <T> Optional<T> resolve(String part, Optional<String> text, Function<String, T> resolver,
                                           List<DossierProblem> problems) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(resolver.apply(text.get().strip()));
        } catch (IllegalArgumentException e) {
            problems.add(DossierProblem.inFile(part, e.getMessage()));
            return Optional.empty();
        }
    }

    private Subject subject(String id) {
        Subject subject = Subject.of(id);
        if (!dossier.subjectNames().containsKey(subject)) {
            throw new IllegalArgumentException("unknown subject '" + id + "'; the dossier's subjects are "
                    + dossier.subjectNames().keySet().stream().map(Subject::id).collect(Collectors.joining(", ")));
        }
        return subject;
    }

    private Platform platform(String id) {
        return Platform.find(id).orElseThrow(() -> new IllegalArgumentException("unknown platform '" + id
                + "'; the platforms are " + Platform.allIds()));
    }

    /** A period the dossier declares, or one written as claims write it ({@link InlinePeriod}). */
    private Window period(String text) {
        if (dossier.periods().containsKey(text)) {
            return dossier.periods().get(text).window();
        }
        Optional<InlinePeriod> inline;
        try {
            inline = InlinePeriod.read(text.strip(), dossier.zone());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the period '" + text + "' is not one: " + e.getMessage(), e);
        }
        return inline.map(written -> written.period().window()).orElseThrow(() -> new IllegalArgumentException(
                "unknown period '" + text + "'; give one the dossier declares ("
                        + String.join(", ", dossier.periods().keySet()) + ") or one written like 2017-01-01,"
                        + " 2017-W05, 2017-01, 2017-Q1, 2017 or 2017-01-01..2017-03-31"));
    }

    private MetricId metric(String id) {
        return dossier.catalogue().named(id)
                .orElseThrow(() -> new IllegalArgumentException("unknown metric '" + id + "' to sort by")).id();
    }
}
