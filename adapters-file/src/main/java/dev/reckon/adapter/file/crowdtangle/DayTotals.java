package dev.reckon.adapter.file.crowdtangle;

import dev.reckon.adapter.file.platform.PostRollup;
import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.observation.Window;
import java.util.List;
import java.util.Objects;

/**
 * The totals of one subject's posts of one day (a roll-up slot: see {@link PostRollup#slotOf}),
 * handed to its {@link PostRollup} when a post of another day comes: exports list posts in time order, so the roll-up sees one addition per metric
 * and day rather than one per post. Adding a day's total at once gives the same sum, and the
 * same first line, as adding its posts one by one. A metric that is not simply added up (distinct
 * people) needs each post's value, so it goes to the roll-up post by post.
 */
final class DayTotals {

    private final List<PostColumns.Slot> slots;
    private final CountSum[] totals;
    /** Per slot, the line of the day's first post with a value for it: the observation's line. */
    private final long[] firstLines;
    private Window day;

    DayTotals(List<PostColumns.Slot> slots) {
        this.slots = List.copyOf(slots);
        this.totals = new CountSum[slots.size()];
        for (int i = 0; i < totals.length; i++) {
            totals[i] = new CountSum();
        }
        this.firstLines = new long[slots.size()];
    }

    /** Adds one accepted post's values, one per slot ({@code values[i]} empty when the post has none). */
    void add(Window postDay, CountSum[] values, long line, PostRollup rollup) {
        Objects.requireNonNull(postDay, "postDay is null");
        if (!postDay.equals(day)) {
            flushTo(rollup);
            day = postDay;
        }
        for (int i = 0; i < totals.length; i++) {
            if (values[i].isEmpty()) {
                continue;
            }
            PostColumns.Slot slot = slots.get(i);
            if (slot.kind() != AggregationKind.ADDITIVE) {
                rollup.add(slot.metric(), slot.kind(), day, values[i].value(), line);
            } else {
                if (totals[i].isEmpty()) {
                    firstLines[i] = line;
                }
                totals[i].add(values[i]);
            }
        }
    }

    /** Hands the current day's totals to {@code rollup}; call it before the roll-up is finished. */
    void flushTo(PostRollup rollup) {
        for (int i = 0; i < totals.length; i++) {
            if (!totals[i].isEmpty()) {
                PostColumns.Slot slot = slots.get(i);
                rollup.add(slot.metric(), slot.kind(), day, totals[i].value(), firstLines[i]);
                totals[i].clear();
            }
        }
    }
}
