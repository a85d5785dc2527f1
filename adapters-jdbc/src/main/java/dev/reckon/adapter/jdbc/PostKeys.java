package dev.reckon.adapter.jdbc;

import java.nio.ByteBuffer;

/** The keys of a post block's posts as read back: what every read of posts needs of each. */
final class PostKeys {

    private final int count;
    private final long[] created;
    private final long[] seqs;
    private final long[] lines;
    private final long[] provenanceIds;
    private final TextColumn ids;

    private PostKeys(int count, long[] created, long[] seqs, long[] lines, long[] provenanceIds, TextColumn ids) {
        this.count = count;
        this.created = created;
        this.seqs = seqs;
        this.lines = lines;
        this.provenanceIds = provenanceIds;
        this.ids = ids;
    }

    /** The keys {@link PostBlock#keys} holds. */
    static PostKeys of(byte[] keys) {
        ByteBuffer from = BlockBytes.reading(keys);
        int count = from.getInt();
        long[] created = BlockBytes.narrowLongs(from, count);
        long[] seqs = BlockBytes.narrowLongs(from, count);
        long[] lines = BlockBytes.narrowLongs(from, count);
        long[] provenanceIds = BlockBytes.narrowLongs(from, count);
        return new PostKeys(count, created, seqs, lines, provenanceIds, TextColumn.read(from, count));
    }

    int count() {
        return count;
    }

    /** When the post at {@code index} was created, in {@code EpochNanos}. */
    long created(int index) {
        return created[index];
    }

    /** Its position among its source's posts, in the order they were written. */
    long seq(int index) {
        return seqs[index];
    }

    /** Its line in its file; 0 for none. */
    long line(int index) {
        return lines[index];
    }

    long provenanceId(int index) {
        return provenanceIds[index];
    }

    /** The platform's id of the post: a text made only for the posts a read gives. */
    String id(int index) {
        return ids.get(index);
    }
}
