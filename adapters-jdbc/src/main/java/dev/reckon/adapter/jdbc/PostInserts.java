package dev.reckon.adapter.jdbc;

import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.post.Post;
import dev.reckon.store.codec.EpochNanos;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes one source's posts as blocks ({@link PostBlock}): the posts of each account held until
 * {@link #BLOCK_POSTS} of them make a block, which is one row, and each metric's values one row
 * beside it. A million posts are a few hundred rows, where a row per post cost the import more
 * than its two million observations (docs/benchmarks.md, "Posts as blocks"). Belongs to one write
 * transaction.
 */
final class PostInserts {

    static final int BLOCK_POSTS = 4096;
    /** Posts held across all accounts before every account's are written, however few each has. */
    private static final int HELD_POSTS = 16 * BLOCK_POSTS;

    private final Connection writer;
    private final long sourceId;
    private final ProvenanceIds provenanceIds;
    private final PreparedStatement insertBlock;
    private final PreparedStatement insertValues;
    private final Map<Subject, Held[]> held = new HashMap<>();
    private final SeenPostIds seen = new SeenPostIds();
    private int heldCount;
    /** Posts taken so far: the next post's position among the source's posts. */
    private long taken;
    private long blocks;
    private Provenance lastProvenance;
    private long lastProvenanceId;

    /** The posts of one account not yet written, with their positions and provenance ids. */
    private static final class Held {
        private Post[] posts = new Post[16];
        private long[] created = new long[16];
        private long[] seqs = new long[16];
        private long[] provenanceIds = new long[16];
        private int count;

        void add(Post post, long createdNanos, long seq, long provenanceId) {
            if (count == posts.length) {
                posts = Arrays.copyOf(posts, count * 2);
                created = Arrays.copyOf(created, count * 2);
                seqs = Arrays.copyOf(seqs, count * 2);
                provenanceIds = Arrays.copyOf(provenanceIds, count * 2);
            }
            posts[count] = post;
            created[count] = createdNanos;
            seqs[count] = seq;
            provenanceIds[count++] = provenanceId;
        }
    }

    PostInserts(Connection writer, long sourceId, ProvenanceIds provenanceIds) throws SQLException {
        this.writer = writer;
        this.sourceId = sourceId;
        this.provenanceIds = provenanceIds;
        this.insertBlock = writer.prepareStatement("INSERT INTO post_block (source_id, seq, subject, platform,"
                + " created_min, created_max, posts, keys, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
        this.insertValues = writer.prepareStatement(
                "INSERT INTO post_block_value (block_id, metric, post_values) VALUES (?, ?, ?)");
    }

    /** Fails at once for a creation time the store cannot keep. */
    void add(Post post) throws SQLException {
        add(post, provenanceId(post.provenance()));
    }

    /** {@code post}, whose provenance the store already holds as {@code provenanceId}. */
    void add(Post post, long provenanceId) throws SQLException {
        long created = EpochNanos.of(post.created());
        seen.add(post.id());
        Held[] byPlatform = held.computeIfAbsent(post.subject(), subject -> new Held[Platform.values().length]);
        int platform = post.platform().ordinal();
        if (byPlatform[platform] == null) {
            byPlatform[platform] = new Held();
        }
        Held posts = byPlatform[platform];
        posts.add(post, created, taken++, provenanceId);
        heldCount++;
        if (posts.count == BLOCK_POSTS) {
            write(posts);
        } else if (heldCount >= HELD_POSTS) {
            writeHeld();
        }
    }

    /** Writes the posts held, and marks the source's blocks when a post may have come twice. */
    void flush() throws SQLException {
        writeHeld();
        if (seen.repeated()) {
            try (PreparedStatement mark = writer.prepareStatement("UPDATE post_block SET repeats = 1 WHERE source_id = ?")) {
                mark.setLong(1, sourceId);
                mark.executeUpdate();
            }
        }
    }

    private void writeHeld() throws SQLException {
        for (Held[] byPlatform : held.values()) {
            for (Held posts : byPlatform) {
                if (posts != null && posts.count > 0) {
                    write(posts);
                }
            }
        }
    }

    /** Writes {@code held}, all of one account, as one block, and empties it. */
    private void write(Held held) throws SQLException {
        PostBlock block = PostBlock.of(held.posts, held.created, held.seqs, held.provenanceIds, held.count);
        insertBlock.setLong(1, sourceId);
        insertBlock.setLong(2, blocks++);
        insertBlock.setString(3, block.subject());
        insertBlock.setString(4, block.platform());
        insertBlock.setLong(5, block.createdMin());
        insertBlock.setLong(6, block.createdMax());
        insertBlock.setInt(7, block.count());
        insertBlock.setBytes(8, block.keys());
        insertBlock.setBytes(9, block.details());
        long blockId;
        try (ResultSet row = insertBlock.executeQuery()) {
            row.next();
            blockId = row.getLong(1);
        }
        for (var column : block.values().entrySet()) {
            insertValues.setLong(1, blockId);
            insertValues.setString(2, column.getKey().value());
            insertValues.setBytes(3, column.getValue());
            insertValues.executeUpdate();
        }
        heldCount -= held.count;
        Arrays.fill(held.posts, 0, held.count, null);
        held.count = 0;
    }

    /** The posts of a file share one provenance but for the line: its id is looked up once per run of them. */
    private long provenanceId(Provenance provenance) throws SQLException {
        Provenance last = lastProvenance;
        if (last == null || !last.source().equals(provenance.source())
                || !last.exportedAt().equals(provenance.exportedAt()) || !last.importId().equals(provenance.importId())) {
            lastProvenanceId = provenanceIds.idOf(provenance);
            lastProvenance = provenance;
        }
        return lastProvenanceId;
    }
}
