package dev.reckon.adapter.file.crowdtangle;

import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.PostRollup;
import dev.reckon.adapter.file.platform.PostRow;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Window;
import java.util.Objects;
import java.util.Optional;

/**
 * The posts of one subject in a CrowdTangle file. A post's counts are rolled up by its publish
 * day, and a post with any bad cell is rejected whole, so that a day's totals are never silently
 * short; the levels at posting ({@code Likes at Posting}) of an accepted post are observed at the
 * post's moment.
 */
final class SubjectPosts {

    private final PostColumns columns;
    private final Emitter emitter;
    private final ReportBuilder report;
    private final PostRollup rollup;
    private final PostRows posts;
    private final DayTotals days;
    /** The current post's values, one per slot of {@link PostColumns#slots()}. */
    private final CountSum[] values;
    private final CountSum cell = new CountSum();
    private long withoutId;

    SubjectPosts(PostColumns columns, PostRows posts, Emitter emitter, ReportBuilder report,
                 Optional<PostRollup.Covered> covered) {
        this.columns = Objects.requireNonNull(columns, "columns is null");
        this.posts = Objects.requireNonNull(posts, "posts is null");
        this.emitter = Objects.requireNonNull(emitter, "emitter is null");
        this.report = Objects.requireNonNull(report, "report is null");
        this.rollup = new PostRollup("posts", emitter.zone(), covered);
        this.days = new DayTotals(columns.slots());
        this.values = new CountSum[columns.slots().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = new CountSum();
        }
        columns.describe(report, rollup);
    }

    /** Reads the post in {@code cells}. */
    void post(PostCells cells) {
        report.rowRead();
        Created created = cells.created(columns.created());
        for (CountSum value : values) {
            value.clear();
        }
        for (int n = 0; n < columns.countColumns(); n++) {
            if (cells.readCount(columns.countColumn(n), cell)) {
                for (int slot : columns.slotsOfCount(n)) {
                    values[slot].add(cell);
                }
            }
        }
        if (cells.isFaulty() || created == null) {
            report.rowRejected();
            rollup.rejected(created == null ? Optional.empty() : Optional.of(rollup.slotOf(created.instant())));
            return;
        }
        values[columns.postsSlot()].add(1);
        Window slot = rollup.slotOf(created.instant());
        days.add(slot, values, cells.line(), rollup);
        rollup.post(slot, cells.line(), false);
        report.rowAccepted();
        observeLevels(cells, Window.at(created.instant()));
        keep(cells, created);
    }

    /** Hands on the post with its lifetime values; one without a URL is known by its file and line. */
    private void keep(PostCells cells, Created created) {
        PostRow post = posts.post(cells, created.instant(), values);
        emitter.post(post);
        if (post.id().equals(PostRow.NO_ID)) {
            withoutId++;
        }
    }

    private void observeLevels(PostCells cells, Window moment) {
        for (int n = 0; n < columns.levelColumns(); n++) {
            if (cells.readCount(columns.levelColumn(n), cell)) {
                emitter.observe(columns.levelMetric(n), moment, Segment.TOTAL, Interval.exactly(cell.value()),
                        cells.line());
            }
        }
    }

    /** Emits the daily values and the coverage; see {@link PostRollup}. */
    void finish() {
        days.flushTo(rollup);
        rollup.finish(emitter, report);
        if (withoutId > 0) {
            report.note("posts without a URL, CrowdTangle's id of a post: " + PostRow.withoutIds(withoutId));
        }
    }
}
