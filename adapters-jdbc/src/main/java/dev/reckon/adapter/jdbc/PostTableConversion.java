package dev.reckon.adapter.jdbc;

import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostId;
import dev.reckon.store.codec.EpochNanos;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/**
 * Migration 7's work in Java: the posts of the {@code post} table (a row per post, its values one
 * text) rewritten as blocks, source by source in the order each source wrote them, and the table
 * dropped. A file upgraded so keeps every post without importing its files again.
 */
final class PostTableConversion {

    private PostTableConversion() {
    }

    static void run(Connection writer) throws SQLException {
        PostInserts blocks = null;
        long sourceId = -1;
        try (PreparedStatement select = writer.prepareStatement("""
                SELECT p.source_id, p.platform, p.post_id, p.subject, p.created_at, p.type, p.permalink, p.preview,
                       p.post_values, p.provenance_id, p.line, v.source, v.exported_at, v.import_id
                FROM post p JOIN provenance v ON v.id = p.provenance_id
                ORDER BY p.source_id, p.seq""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (blocks == null || rows.getLong(1) != sourceId) {
                    if (blocks != null) {
                        blocks.flush();
                    }
                    sourceId = rows.getLong(1);
                    blocks = new PostInserts(writer, sourceId, new ProvenanceIds(writer, sourceId));
                }
                blocks.add(post(rows), rows.getLong(10));
            }
        }
        if (blocks != null) {
            blocks.flush();
        }
        try (Statement drop = writer.createStatement()) {
            drop.execute("DROP TABLE post");
        }
    }

    private static Post post(ResultSet row) throws SQLException {
        long exportedAt = row.getLong(13);
        Optional<Instant> exported = row.wasNull() ? Optional.empty() : Optional.of(EpochNanos.toInstant(exportedAt));
        Provenance provenance = new Provenance(row.getString(12), row.getLong(11), exported, row.getString(14));
        return new Post(new PostId(Platform.parse(row.getString(2)), row.getString(3)), Subject.of(row.getString(4)),
                EpochNanos.toInstant(row.getLong(5)), Optional.ofNullable(row.getString(6)),
                Optional.ofNullable(row.getString(7)), Optional.ofNullable(row.getString(8)),
                PostValuesText.values(row.getString(9)), provenance);
    }
}
