package dev.reckon.adapter.file.crowdtangle;

import dev.reckon.adapter.file.csv.CsvFieldCache;
import dev.reckon.adapter.file.platform.PostFields;
import dev.reckon.adapter.file.platform.PostRow;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.post.PostText;
import dev.reckon.domain.post.PostValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the posts of one CrowdTangle file, as {@link PostFields#post} would, at the cost a file of
 * millions of posts can bear (docs/benchmarks.md, "Keeping posts, and the CrowdTangle reader"):
 * the values go into a {@link PostValues} whose metric layout the posts with values of the same
 * metrics share, the post type is looked up by its bytes, and the URL, which is both the post's
 * identity and its address, is decoded once. Not thread-safe.
 */
final class PostRows {

    private final List<PostColumns.Slot> slots;
    private final int postsSlot;
    private final PostFields fields;
    private final CsvFieldCache<Optional<String>> types = new CsvFieldCache<>();
    /** A post's values by which slots have one (a bit per slot), and the order of those slots in the layout. */
    private final Map<Long, Shape> shapes = new HashMap<>();
    private long lastPresent = -1;
    private Shape lastShape;

    /** The metric layout of the posts with values in certain slots, and where each slot's value goes. */
    private record Shape(PostValues.Layout layout, int[] slotsInLayoutOrder) {
    }

    PostRows(PostColumns columns) {
        this.slots = List.copyOf(columns.slots());
        this.postsSlot = columns.postsSlot();
        this.fields = columns.fields();
    }

    /**
     * The post in {@code cells}, created at {@code created}, with the values of {@code values}
     * (one per slot, the {@code posts} slot left out); its id is {@link PostRow#NO_ID} when the row has
     * no URL.
     */
    PostRow post(PostCells cells, Instant created, CountSum[] values) {
        String id = cells.text(fields.id()).strip();
        Optional<String> type = fields.type() >= 0 && fields.type() < cells.record().size()
                ? types.read(cells.record(), fields.type(), PostRows::nonBlank) : Optional.empty();
        Optional<String> permalink = fields.permalink() == fields.id() ? nonBlank(id)
                : nonBlank(cells.text(fields.permalink()).strip());
        return new PostRow(id, created, type, permalink, PostText.preview(cells.text(fields.text())),
                values(values), cells.line());
    }

    private static Optional<String> nonBlank(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    private PostValues values(CountSum[] values) {
        long present = 0;
        for (int slot = 0; slot < values.length; slot++) {
            if (slot != postsSlot && !values[slot].isEmpty()) {
                if (!values[slot].fitsLong() || slot >= Long.SIZE) {
                    return PostValues.copyOf(asMap(values));
                }
                present |= 1L << slot;
            }
        }
        Shape shape = shapeOf(present);
        long[] whole = new long[shape.slotsInLayoutOrder().length];
        for (int i = 0; i < whole.length; i++) {
            whole[i] = values[shape.slotsInLayoutOrder()[i]].longValue();
        }
        return PostValues.ofWhole(shape.layout(), whole);
    }

    private Shape shapeOf(long present) {
        if (present != lastPresent) {
            lastShape = shapes.computeIfAbsent(present, this::newShape);
            lastPresent = present;
        }
        return lastShape;
    }

    private Shape newShape(long present) {
        List<Integer> kept = new ArrayList<>();
        for (int slot = 0; slot < slots.size(); slot++) {
            if ((present & (1L << slot)) != 0) {
                kept.add(slot);
            }
        }
        kept.sort(Comparator.comparing(slot -> slots.get(slot).metric()));
        int[] order = kept.stream().mapToInt(Integer::intValue).toArray();
        PostValues.Layout layout = PostValues.Layout.of(Arrays.stream(order)
                .mapToObj(slot -> new MetricId(slots.get(slot).metric())).toArray(MetricId[]::new));
        return new Shape(layout, order);
    }

    /** The values of a post with a sum too large for a {@code long}, the general way. */
    private Map<MetricId, Interval> asMap(CountSum[] values) {
        Map<MetricId, Interval> lifetime = new HashMap<>();
        for (int slot = 0; slot < values.length; slot++) {
            if (slot != postsSlot && !values[slot].isEmpty()) {
                lifetime.put(new MetricId(slots.get(slot).metric()), Interval.exactly(values[slot].value()));
            }
        }
        return lifetime;
    }
}
