package dev.reckon.adapter.file.platform;

import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Window;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The roll-up of a post-level export (one row per post, lifetime totals) into daily observations
 * by publish day, and the coverage the file earns: every day of the window it covers, except days
 * with a rejected post, whose totals are incomplete. A rejected post whose day cannot be read could
 * belong to any day, so it leaves the file covering nothing.
 */
public final class PostRollup {

    public static final String POSTS = "posts";

    private final String rowsAre;
    private final DailyRollup rollup = new DailyRollup();
    private final Set<String> metrics = new LinkedHashSet<>();
    private final Set<LocalDate> rejectedDays = new TreeSet<>();
    private boolean rejectedWithoutDay;
    private LocalDate firstDay;
    private LocalDate lastDay;

    /** @param rowsAre what a row is, for the report: {@code tweets}, {@code posts} */
    public PostRollup(String rowsAre) {
        this.rowsAre = Objects.requireNonNull(rowsAre, "rowsAre is null");
    }

    /** Declares a metric the file holds, so that it is covered even when no row has a value for it. */
    public void holds(String metric) {
        metrics.add(metric);
    }

    public void add(String metric, AggregationKind kind, LocalDate day, BigDecimal value, long line) {
        metrics.add(metric);
        rollup.add(metric, kind, day, Segment.TOTAL, value, line);
    }

    /** Counts one post published on {@code day}, once its values are added. */
    public void post(LocalDate day, long line, boolean countsAsPost) {
        if (countsAsPost) {
            add(POSTS, AggregationKind.ADDITIVE, day, BigDecimal.ONE, line);
        }
        rollup.rowRolled();
        firstDay = firstDay == null || day.isBefore(firstDay) ? day : firstDay;
        lastDay = lastDay == null || day.isAfter(lastDay) ? day : lastDay;
    }

    /** A post that could not be read, on its day when that is known. */
    public void rejected(Optional<LocalDate> day) {
        day.ifPresentOrElse(rejectedDays::add, () -> rejectedWithoutDay = true);
    }

    /** Emits the daily values and the coverage over {@code covered} for every metric held. */
    public void finish(Emitter emitter, ReportBuilder report, Optional<Covered> covered) {
        rollup.emit(emitter);
        report.note(rollup.rowsRolled() + " " + rowsAre + " rolled up into " + rollup.size()
                + " daily observations; each observation's line is the first of its day");
        if (covered.isEmpty()) {
            report.note("no covered window: the file name is not the one the platform gives and the dossier entry"
                    + " has no 'covers', so days without " + rowsAre + " stay unknown rather than zero");
            return;
        }
        if (rejectedWithoutDay) {
            report.note("no covered window: a rejected row has no readable date, so no day can be known complete");
            return;
        }
        if (covered.get() instanceof Covered.Days days) {
            DayRuns runs = new DayRuns();
            runs.addRange(days.first(), days.last());
            rejectedDays.forEach(runs::remove);
            metrics.forEach(metric -> emitter.cover(metric, Segment.TOTAL, runs));
            if (firstDay != null && (firstDay.isBefore(days.first()) || lastDay.isAfter(days.last()))) {
                report.note("some " + rowsAre + " were published outside the window the file name gives ("
                        + days.first() + " to " + days.last() + "); they are imported, on their own days");
            }
        } else if (covered.get() instanceof Covered.Exact exact) {
            if (!rejectedDays.isEmpty()) {
                report.note("no covered window: rows were rejected inside the window the dossier declares");
                return;
            }
            metrics.forEach(metric -> emitter.cover(metric, Segment.TOTAL, exact.window()));
        }
        if (!rejectedDays.isEmpty()) {
            report.note("days with a rejected row are not covered: " + new ArrayList<>(rejectedDays));
        }
    }

    /** The window a post-level file is complete over. */
    public sealed interface Covered {
        /** Whole days in the dossier's zone, from the file name. */
        record Days(LocalDate first, LocalDate last) implements Covered {
        }

        /** The window the dossier entry declares. */
        record Exact(Window window) implements Covered {
        }

        /** The entry's declared window when there is one, else the file name's days. */
        static Optional<Covered> of(Optional<Window> declared, Optional<Days> fromName) {
            return declared.<Covered>map(Exact::new).or(() -> fromName.map(d -> d));
        }
    }
}
