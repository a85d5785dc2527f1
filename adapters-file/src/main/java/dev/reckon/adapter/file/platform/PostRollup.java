package dev.reckon.adapter.file.platform;

import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.metric.Basis;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Window;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The roll-up of a post-level export (one row per post, lifetime totals) into observations by
 * publish day, and the coverage the file earns: the window it covers, except the parts of days
 * with a rejected post, whose totals are incomplete. A rejected post whose time cannot be read
 * could belong to any day, so it leaves the file covering nothing.
 *
 * <p>Posts are rolled up by the days of the dossier's zone, cut where the file's covered window
 * starts and ends: the file's share of a day it covers in part is an observation of that part
 * alone. Two monthly X files split at UTC midnight thus give a Berlin day that straddles them as
 * two parts that add up, where two observations of the whole day would be taken for one value
 * revised. A later export of the same file gives the same parts again, and so revises them.
 *
 * <p>A per-post metric ({@code post_impressions}, a post's lifetime total) is covered but not rolled
 * up: its series are summed from the posts themselves when read, each post once with its latest
 * export's values, which no daily figure written per file can do. What is rolled up is what a day
 * has rather than a post: {@code posts}, one per row.
 */
public final class PostRollup {

    public static final String POSTS = "posts";

    private final String rowsAre;
    private final ZoneId dayZone;
    private final Optional<Covered> covered;
    private final DailyRollup rollup = new DailyRollup();
    private final Set<String> metrics = new LinkedHashSet<>();
    /** The per-post metrics held: covered, never rolled up. */
    private final Set<String> perPost = new HashSet<>();
    private final Set<Window> rejectedSlots = new TreeSet<>();
    private boolean rejectedWithoutTime;
    private boolean postedOutside;
    /** The slot found last: posts come in time order, so most posts fall in the one before. */
    private Window lastSlot;

    /**
     * @param rowsAre what a row is, for the report: {@code tweets}, {@code posts}
     * @param dayZone the zone whose days posts are rolled up by: the dossier's
     * @param covered the window the file is complete over, when it has one
     */
    public PostRollup(String rowsAre, ZoneId dayZone, Optional<Covered> covered) {
        this.rowsAre = Objects.requireNonNull(rowsAre, "rowsAre is null");
        this.dayZone = Objects.requireNonNull(dayZone, "dayZone is null");
        this.covered = Objects.requireNonNull(covered, "covered is null");
    }

    /**
     * The window a post published at {@code published} is rolled up in: its day in the dossier's
     * zone, cut at the covered window's start and end so that it lies wholly inside or wholly
     * outside it.
     */
    public Window slotOf(Instant published) {
        if (lastSlot != null && !published.isBefore(lastSlot.start()) && published.isBefore(lastSlot.end())) {
            return lastSlot;
        }
        Window day = Window.ofDay(LocalDate.ofInstant(published, dayZone), dayZone);
        Window slot = covered.map(c -> cut(day, c.window(), published)).orElse(day);
        lastSlot = slot;
        return slot;
    }

    /** The part of {@code day} on the same side of {@code window}'s start and end as {@code at}. */
    private static Window cut(Window day, Window window, Instant at) {
        if (at.isBefore(window.start())) {
            return new Window(day.start(), earlier(day.end(), window.start()));
        }
        if (!at.isBefore(window.end())) {
            return new Window(later(day.start(), window.end()), day.end());
        }
        return new Window(later(day.start(), window.start()), earlier(day.end(), window.end()));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Declares a metric the file holds, so that it is covered even when no row has a value for it. */
    public void holds(String metric) {
        metrics.add(metric);
    }

    /**
     * Declares a metric the file holds, as {@link #holds(String)}; a per-post metric's values are
     * then kept with the posts alone, not added up by day.
     */
    public void holds(Metric metric) {
        holds(metric.id().value());
        if (metric.basis() == Basis.POST_LIFETIME) {
            perPost.add(metric.id().value());
        }
    }

    /** Adds a post's value to the slot it was published in ({@link #slotOf}), unless its metric is per post. */
    public void add(String metric, AggregationKind kind, Window slot, BigDecimal value, long line) {
        metrics.add(metric);
        if (!perPost.contains(metric)) {
            rollup.add(metric, kind, slot, Segment.TOTAL, value, line);
        }
    }

    /** Counts one post published in {@code slot}, once its values are added. */
    public void post(Window slot, long line, boolean countsAsPost) {
        if (countsAsPost) {
            add(POSTS, AggregationKind.ADDITIVE, slot, BigDecimal.ONE, line);
        }
        rollup.rowRolled();
        postedOutside |= covered.isPresent() && !covered.get().window().contains(slot);
    }

    /** A post that could not be read, in its slot when its time is known. */
    public void rejected(Optional<Window> slot) {
        slot.ifPresentOrElse(rejectedSlots::add, () -> rejectedWithoutTime = true);
    }

    /** Emits the rolled-up values and the coverage over the covered window for every metric held. */
    public void finish(Emitter emitter, ReportBuilder report) {
        rollup.emit(emitter);
        report.note(rollup.rowsRolled() + " " + rowsAre + " rolled up into " + rollup.size()
                + " daily observations; each observation's line is the first of its day"
                + (perPost.isEmpty() ? "" : "; the " + String.join(", ", perPost.stream().sorted().toList())
                + " series are summed from the posts when read"));
        if (covered.isEmpty()) {
            report.note("no covered window: the file name is not the one the platform gives and the dossier entry"
                    + " has no 'covers', so days without " + rowsAre + " stay unknown rather than zero");
            return;
        }
        if (rejectedWithoutTime) {
            report.note("no covered window: a rejected row has no readable date, so no day can be known complete");
            return;
        }
        Window window = covered.get().window();
        if (covered.get() instanceof Covered.FromName) {
            List<Window> complete = withoutRejected(window);
            metrics.forEach(metric -> complete.forEach(part -> emitter.cover(metric, Segment.TOTAL, part)));
            if (postedOutside) {
                report.note("some " + rowsAre + " were published outside the window the file name gives ("
                        + window.start() + " to " + window.end() + "); they are imported, on their own days");
            }
        } else {
            if (!rejectedSlots.isEmpty()) {
                report.note("no covered window: rows were rejected inside the window the dossier declares");
                return;
            }
            metrics.forEach(metric -> emitter.cover(metric, Segment.TOTAL, window));
        }
        if (!rejectedSlots.isEmpty()) {
            report.note("days with a rejected row are not covered: " + rejectedSlots.stream()
                    .map(slot -> LocalDate.ofInstant(slot.start(), dayZone)).distinct().toList());
        }
    }

    /** {@code window} without the slots of rejected posts, in time order. */
    private List<Window> withoutRejected(Window window) {
        List<Window> parts = new ArrayList<>();
        Instant from = window.start();
        for (Window rejected : rejectedSlots) {
            if (!window.contains(rejected)) {
                continue;
            }
            if (rejected.start().isAfter(from)) {
                parts.add(new Window(from, rejected.start()));
            }
            from = later(from, rejected.end());
        }
        if (from.isBefore(window.end())) {
            parts.add(new Window(from, window.end()));
        }
        return parts;
    }

    /** The window a post-level file is complete over. */
    public sealed interface Covered {

        Window window();

        /** The window the file's name gives, its days read in the zone the platform names files in. */
        record FromName(Window window) implements Covered {
            public FromName {
                Objects.requireNonNull(window, "window is null");
            }
        }

        /** The window the dossier entry declares. */
        record Declared(Window window) implements Covered {
            public Declared {
                Objects.requireNonNull(window, "window is null");
            }
        }

        /** The entry's declared window when there is one, else the file name's. */
        static Optional<Covered> of(Optional<Window> declared, Optional<Window> fromName) {
            return declared.<Covered>map(Declared::new).or(() -> fromName.map(FromName::new));
        }
    }
}
