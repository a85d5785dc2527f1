package dev.reckon.adapter.postgres;

import dev.reckon.domain.observation.SeriesKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The ids of a dossier's series by key, as a reader finds them: a series, once added, keeps its id
 * and is never removed, so an id found is kept; a key not found yet is looked up again next time (an
 * import may add it).
 */
final class SeriesIds {

    private final Connection reader;
    private final long dossierId;
    private final Map<SeriesKey, Long> found = new HashMap<>();

    SeriesIds(Connection reader, long dossierId) {
        this.reader = reader;
        this.dossierId = dossierId;
    }

    OptionalLong idOf(SeriesKey key) throws SQLException {
        Long id = found.get(key);
        if (id != null) {
            return OptionalLong.of(id);
        }
        try (PreparedStatement select = reader.prepareStatement("SELECT id FROM series WHERE dossier_id = ?"
                + " AND subject = ? AND platform = ? AND metric = ? AND segment_key = ? AND segment_value = ?")) {
            select.setLong(1, dossierId);
            select.setString(2, key.subject().id());
            select.setString(3, key.platform().id());
            select.setString(4, key.metric().value());
            select.setString(5, key.segment().key());
            select.setString(6, key.segment().value());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return OptionalLong.empty();
                }
                found.put(key, row.getLong(1));
                return OptionalLong.of(row.getLong(1));
            }
        }
    }
}
