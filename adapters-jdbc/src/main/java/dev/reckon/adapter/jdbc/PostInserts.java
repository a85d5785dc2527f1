package dev.reckon.adapter.jdbc;

import dev.reckon.domain.post.Post;
import dev.reckon.store.codec.EpochNanos;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Optional;

/**
 * Writes one source's posts in statements of many rows, as {@link SqliteSourceWrite} writes
 * observations, and for the same reason: one statement of many rows costs SQLite and the driver
 * far less per row than one statement per row. A later post with the same id updates the earlier
 * row but keeps its position. Belongs to one write transaction.
 */
final class PostInserts {

    private static final int ROWS_PER_INSERT = 64;
    private static final int COLUMNS_PER_ROW = 11;

    private final PreparedStatement insertMany;
    private final PreparedStatement insertOne;
    private final ProvenanceIds provenanceIds;
    private final Post[] buffered = new Post[ROWS_PER_INSERT];
    private int bufferedCount;
    private long written;

    PostInserts(Connection writer, long sourceId, ProvenanceIds provenanceIds) throws SQLException {
        this.provenanceIds = provenanceIds;
        this.insertMany = writer.prepareStatement(insert(sourceId, ROWS_PER_INSERT));
        this.insertOne = writer.prepareStatement(insert(sourceId, 1));
    }

    private static String insert(long sourceId, int rows) {
        String row = "(" + sourceId + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        return "INSERT INTO post (source_id, platform, post_id, seq, subject, created_at, type, permalink, preview,"
                + " post_values, provenance_id, line) VALUES " + String.join(", ", Collections.nCopies(rows, row))
                + " ON CONFLICT (subject, platform, created_at, source_id, post_id) DO UPDATE SET type = excluded.type,"
                + " permalink = excluded.permalink, preview = excluded.preview, post_values = excluded.post_values,"
                + " provenance_id = excluded.provenance_id, line = excluded.line";
    }

    /** Fails at once for a creation time the store cannot keep. */
    void add(Post post) throws SQLException {
        EpochNanos.of(post.created());
        buffered[bufferedCount++] = post;
        if (bufferedCount == ROWS_PER_INSERT) {
            for (int row = 0; row < ROWS_PER_INSERT; row++) {
                bind(insertMany, row * COLUMNS_PER_ROW, buffered[row]);
            }
            insertMany.executeUpdate();
            bufferedCount = 0;
        }
    }

    /** Writes the posts that did not fill a whole statement. */
    void flush() throws SQLException {
        for (int row = 0; row < bufferedCount; row++) {
            bind(insertOne, 0, buffered[row]);
            insertOne.executeUpdate();
        }
        bufferedCount = 0;
    }

    private void bind(PreparedStatement insert, int offset, Post post) throws SQLException {
        insert.setString(offset + 1, post.platform().id());
        insert.setString(offset + 2, post.id().id());
        insert.setLong(offset + 3, written++);
        insert.setString(offset + 4, post.subject().id());
        insert.setLong(offset + 5, EpochNanos.of(post.created()));
        insert.setString(offset + 6, text(post.type()));
        insert.setString(offset + 7, text(post.permalink()));
        insert.setString(offset + 8, text(post.preview()));
        insert.setString(offset + 9, PostValuesText.text(post.compactValues()));
        insert.setLong(offset + 10, provenanceIds.idOf(post.provenance()));
        insert.setLong(offset + 11, post.provenance().line().orElse(0)); // the column keeps 0 for no line
    }

    private static String text(Optional<String> value) {
        return value.orElse(null);
    }
}
