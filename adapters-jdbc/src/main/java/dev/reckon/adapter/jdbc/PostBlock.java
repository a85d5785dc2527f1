package dev.reckon.adapter.jdbc;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostValues;
import dev.reckon.store.codec.EpochNanos;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Posts of one account (subject and platform) from one source, as the store keeps them: a row per
 * block rather than per post, its columns packed into arrays (docs/storage.md, "Posts"). The keys
 * (creation time, position in the source, line, provenance, id) are what every read needs; the details (type, permalink,
 * preview) only a read of whole posts; each metric's values are a column of their own, so a set
 * over posts reads the one metric it takes.
 *
 * @param createdMin the earliest creation time of its posts, in {@link EpochNanos}
 * @param createdMax the latest
 */
record PostBlock(String subject, String platform, long createdMin, long createdMax, int count, byte[] keys,
                 byte[] details, Map<MetricId, byte[]> values) {

    /** The kind of a post's value of one metric, as a value column writes it. */
    static final byte ABSENT = 0;
    static final byte WHOLE = 1;
    static final byte OTHER = 2;

    /**
     * The first {@code count} of {@code posts}, all of one account, with the creation time of each
     * as the store keeps it, its position among its source's posts ({@code seqs}) and the id of its
     * provenance.
     */
    static PostBlock of(Post[] posts, long[] created, long[] seqs, long[] provenanceIds, int count) {
        long[] lines = new long[count];
        String[] ids = new String[count];
        String[] types = new String[count];
        String[] permalinks = new String[count];
        String[] previews = new String[count];
        Map<MetricId, ValueColumn> columns = new TreeMap<>();
        // The posts of one file share a handful of metric layouts: each is matched to its columns once.
        Map<PostValues.Layout, ValueColumn[]> columnsOfLayout = new IdentityHashMap<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            Post post = posts[i];
            min = Math.min(min, created[i]);
            max = Math.max(max, created[i]);
            lines[i] = post.provenance().line().orElse(0);
            ids[i] = post.id().id();
            types[i] = post.type().orElse(null);
            permalinks[i] = post.permalink().orElse(null);
            previews[i] = post.preview().orElse(null);
            PostValues values = post.compactValues();
            ValueColumn[] of = columnsOfLayout.get(values.layout());
            if (of == null) {
                of = columnsOf(values.layout(), columns, count);
                columnsOfLayout.put(values.layout(), of);
            }
            for (int m = 0; m < of.length; m++) {
                of[m].set(i, values, m);
            }
        }
        BlockBytes keys = new BlockBytes(count * 40);
        keys.putInt(count).putNarrowLongs(created, count).putNarrowLongs(seqs, count).putNarrowLongs(lines, count)
                .putNarrowLongs(provenanceIds, count);
        TextColumn.write(keys, ids, null, count);
        BlockBytes details = new BlockBytes(count * 64);
        details.putInt(count);
        TextColumn.write(details, types, null, count);
        TextColumn.write(details, permalinks, ids, count);
        TextColumn.write(details, previews, null, count);
        Map<MetricId, byte[]> values = new TreeMap<>();
        columns.forEach((metric, column) -> values.put(metric, column.bytes()));
        Post first = posts[0];
        return new PostBlock(first.subject().id(), first.platform().id(), min, max, count, keys.toArray(),
                details.toArray(), values);
    }

    /** The columns of {@code layout}'s metrics, made where the block has none yet. */
    private static ValueColumn[] columnsOf(PostValues.Layout layout, Map<MetricId, ValueColumn> columns, int count) {
        ValueColumn[] matched = new ValueColumn[layout.size()];
        for (int m = 0; m < matched.length; m++) {
            matched[m] = columns.computeIfAbsent(layout.metric(m), metric -> new ValueColumn(count));
        }
        return matched;
    }

    /** One metric's values of a block's posts, being written. */
    private static final class ValueColumn {

        private final byte[] kinds;
        private final long[] whole;
        private final String[] others;
        private int otherCount;

        ValueColumn(int count) {
            kinds = new byte[count];
            whole = new long[count];
            others = new String[count];
        }

        void set(int post, PostValues values, int at) {
            if (values.isWholeAt(at)) {
                kinds[post] = WHOLE;
                whole[post] = values.wholeAt(at);
            } else {
                kinds[post] = OTHER;
                others[otherCount++] = PostValuesText.text(values.valueAt(at));
            }
        }

        /**
         * The count, each post's kind (left out when every post's value is whole, as an export's
         * counts are), the whole values, then the others' texts in post order.
         */
        byte[] bytes() {
            BlockBytes out = new BlockBytes(kinds.length * 3 + 32);
            boolean allWhole = true;
            for (byte kind : kinds) {
                allWhole &= kind == WHOLE;
            }
            out.putInt(kinds.length).putInt(allWhole ? 1 : 0);
            if (!allWhole) {
                out.putBytes(kinds, kinds.length);
            }
            out.putNarrowLongs(whole, whole.length).putInt(otherCount);
            TextColumn.write(out, others, null, otherCount);
            return out.toArray();
        }
    }
}
