package dev.reckon.adapter.file.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.observation.Window;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Runs kept compactly while they can be, and the same windows whether or not they can. */
class CoveredRunsTest {

    private static final long DAY = 86_400;
    private static final long START = Instant.parse("2019-01-01T00:00:00Z").getEpochSecond();

    @Test
    void daysInNoOrderJoinIntoTheRunsTheyMake() {
        CoveredRuns runs = new CoveredRuns();
        for (int day : new int[] {5, 1, 3, 2, 9, 4, 10}) {
            runs.add(START + day * DAY, 0, START + (day + 1) * DAY, 0);
        }

        assertThat(runs.windows()).containsExactly(window(START + DAY, 0, START + 6 * DAY, 0),
                window(START + 9 * DAY, 0, START + 11 * DAY, 0));
    }

    @Test
    void aWindowWithNanosecondsOrFarAwayKeepsEveryRunExactly() {
        CoveredRuns runs = new CoveredRuns();
        runs.add(START, 0, START + DAY, 0);
        runs.add(START + 3 * DAY, 0, START + 4 * DAY, 0);
        runs.add(START + DAY, 500, START + 2 * DAY, 0);
        runs.add(START + 200L * 365 * DAY, 0, START + 200L * 365 * DAY + 1, 0);
        runs.add(START - 200L * 365 * DAY, 0, START - 200L * 365 * DAY + 1, 0);

        assertThat(runs.windows()).containsExactly(
                window(START - 200L * 365 * DAY, 0, START - 200L * 365 * DAY + 1, 0),
                window(START, 0, START + DAY, 0),
                window(START + DAY, 500, START + 2 * DAY, 0),
                window(START + 3 * DAY, 0, START + 4 * DAY, 0),
                window(START + 200L * 365 * DAY, 0, START + 200L * 365 * DAY + 1, 0));
    }

    @Test
    void randomWindowsGiveTheRunsAPlainMergeGives() {
        Random random = new Random(20261206);
        for (int trial = 0; trial < 300; trial++) {
            CoveredRuns runs = new CoveredRuns();
            List<Window> added = new ArrayList<>();
            boolean widens = trial % 3 == 0;
            for (int i = 0; i < 60; i++) {
                long start = START + random.nextInt(200) * 3_600L;
                long end = start + (1 + random.nextInt(30)) * 3_600L;
                long nano = widens && i == 30 ? 1 + random.nextInt(999_999_999) : 0;
                runs.add(start, nano, end, 0);
                added.add(window(start, nano, end, 0));
            }
            assertThat(runs.windows()).as("trial %d", trial).isEqualTo(merged(added));
        }
    }

    /** Each window absorbs the runs it meets, one at a time: slow, and plainly right. */
    private static List<Window> merged(List<Window> windows) {
        List<Window> runs = new ArrayList<>();
        for (Window window : windows) {
            Instant start = window.start();
            Instant end = window.end();
            for (Iterator<Window> kept = runs.iterator(); kept.hasNext(); ) {
                Window run = kept.next();
                if (!run.start().isAfter(end) && !start.isAfter(run.end())) {
                    start = run.start().isBefore(start) ? run.start() : start;
                    end = run.end().isAfter(end) ? run.end() : end;
                    kept.remove();
                }
            }
            runs.add(new Window(start, end));
        }
        runs.sort(null);
        return runs;
    }

    private static Window window(long startSecond, long startNano, long endSecond, long endNano) {
        return new Window(Instant.ofEpochSecond(startSecond, startNano), Instant.ofEpochSecond(endSecond, endNano));
    }
}
