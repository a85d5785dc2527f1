package dev.reckon.adapter.jdbc;

import dev.reckon.domain.observation.SeriesKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The id of each series key a write uses, added to the {@code series} table on first use and
 * listed in {@code source_series} for the source being written. Belongs to one write transaction:
 * the write lock it holds means no other process adds a series meanwhile.
 */
final class SeriesIds {

    private final PreparedStatement select;
    private final PreparedStatement insert;
    private final PreparedStatement link;
    private final long sourceId;
    private final IdCache<SeriesKey> ids = new IdCache<>(this::linked);

    SeriesIds(Connection writer, long sourceId) throws SQLException {
        this.sourceId = sourceId;
        this.link = writer.prepareStatement(
                "INSERT INTO source_series (source_id, series_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
        this.select = writer.prepareStatement("SELECT id FROM series"
                + " WHERE subject = ? AND platform = ? AND metric = ? AND segment_key = ? AND segment_value = ?");
        this.insert = writer.prepareStatement("INSERT INTO series (subject, platform, metric, segment_key, segment_value)"
                + " VALUES (?, ?, ?, ?, ?) RETURNING id");
    }

    long idOf(SeriesKey key) throws SQLException {
        return ids.idOf(key);
    }

    private long linked(SeriesKey key) throws SQLException {
        long id = stored(key);
        link.setLong(1, sourceId);
        link.setLong(2, id);
        link.executeUpdate();
        return id;
    }

    private long stored(SeriesKey key) throws SQLException {
        bind(select, key);
        try (ResultSet row = select.executeQuery()) {
            if (row.next()) {
                return row.getLong(1);
            }
        }
        bind(insert, key);
        try (ResultSet row = insert.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    static void bind(PreparedStatement statement, SeriesKey key) throws SQLException {
        statement.setString(1, key.subject().id());
        statement.setString(2, key.platform().id());
        statement.setString(3, key.metric().value());
        statement.setString(4, key.segment().key());
        statement.setString(5, key.segment().value());
    }
}
