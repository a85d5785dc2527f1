package dev.reckon.adapter.file.export;

import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Window;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Works out what a file covers. Without a declared window a file covers exactly the windows of
 * its rows, per series; windows that touch or overlap are merged as they come, so a file of daily
 * rows yields one window per run of consecutive days. With a declared window ({@code covers:} in
 * the dossier) it covers that window for every series it holds, and nothing else.
 */
public final class CoverageCollector {

    private final Optional<Window> declared;
    private final Map<SeriesKey, SeriesCoverage> bySeries = new LinkedHashMap<>();

    public CoverageCollector(Optional<Window> declared) {
        this.declared = declared;
    }

    /** A row of {@code series} over {@code window} was accepted. */
    public void add(SeriesKey series, Window window) {
        series(series).add(window);
    }

    /**
     * What {@code series} covers, to be told of its rows directly by a reader that keeps it while
     * the series recurs. The series is covered from then on even if it is never told of a row.
     */
    public SeriesCoverage series(SeriesKey series) {
        return bySeries.computeIfAbsent(series, k -> new SeriesCoverage(declared.isEmpty()));
    }

    /**
     * The windows one series' rows cover, merged as they come. The run being extended is kept as
     * numbers, not as a window, so that telling whether a row extends it reads no other object.
     */
    public static final class SeriesCoverage {

        /**
         * The runs before the current one, merged as they are added: rows in no time order start a
         * run each, and unmerged they would grow with the file rather than with the days it covers.
         * Null when the file declares its window, which every series covers.
         */
        private final CoveredRuns earlierRuns;
        private boolean hasRun;
        private long runStartSecond;
        private int runStartNano;
        private long runEndSecond;
        private int runEndNano;

        private SeriesCoverage(boolean fromRows) {
            this.earlierRuns = fromRows ? new CoveredRuns() : null;
        }

        /** A row over {@code window} was accepted. */
        public void add(Window window) {
            if (earlierRuns == null) {
                return;
            }
            Instant start = window.start();
            Instant end = window.end();
            if (hasRun && compare(start, runStartSecond, runStartNano) >= 0 && compare(start, runEndSecond, runEndNano) <= 0) {
                if (compare(end, runEndSecond, runEndNano) > 0) {
                    runEndSecond = end.getEpochSecond();
                    runEndNano = end.getNano();
                }
                return;
            }
            if (hasRun) {
                earlierRuns.add(runStartSecond, runStartNano, runEndSecond, runEndNano);
            }
            hasRun = true;
            runStartSecond = start.getEpochSecond();
            runStartNano = start.getNano();
            runEndSecond = end.getEpochSecond();
            runEndNano = end.getNano();
        }

        private List<Window> runs() {
            List<Window> runs = earlierRuns.windows();
            if (hasRun) {
                runs.add(currentRun());
            }
            return runs;
        }

        private Window currentRun() {
            return new Window(Instant.ofEpochSecond(runStartSecond, runStartNano), Instant.ofEpochSecond(runEndSecond, runEndNano));
        }

        private static int compare(Instant instant, long second, int nano) {
            int bySecond = Long.compare(instant.getEpochSecond(), second);
            return bySecond != 0 ? bySecond : Integer.compare(instant.getNano(), nano);
        }
    }

    /** Rows out of time order leave windows that the merging in {@link #add} could not join. */
    private static List<Window> merged(List<Window> windows) {
        List<Window> sorted = new ArrayList<>(windows);
        sorted.sort(null);
        List<Window> merged = new ArrayList<>(sorted.size());
        for (Window window : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !window.start().isAfter(merged.get(last).end())) {
                if (window.end().isAfter(merged.get(last).end())) {
                    merged.set(last, new Window(merged.get(last).start(), window.end()));
                }
            } else {
                merged.add(window);
            }
        }
        return merged;
    }

    /** Tells {@code sink} every window covered, and returns the distinct windows in time order for the report. */
    public List<Window> emit(ObservationSink sink, String source) {
        TreeSet<Window> distinct = new TreeSet<>();
        bySeries.forEach((series, covered) -> {
            for (Window window : declared.map(List::of).orElseGet(() -> merged(covered.runs()))) {
                sink.cover(new Coverage(series, window, source));
                distinct.add(window);
            }
        });
        declared.ifPresent(distinct::add);
        return List.copyOf(distinct);
    }
}
