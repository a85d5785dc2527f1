package dev.reckon.adapter.postgres;

import dev.reckon.adapter.postgres.StagingTables.Table;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.store.codec.SeriesKeyColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The series of one dossier by key, read once when an import has taken the dossier's lock (no other
 * write can add one until it commits), so that rows are sent with their series' ids and no look-up
 * per row. A dossier has thousands to a few million series, far fewer than rows. A new series gets
 * an id from the table's sequence and is added by {@code COPY}; the series the source has rows in
 * are linked to it ({@code source_series}) once each.
 */
final class DossierSeries {

    private final Connection writer;
    private final long dossierId;
    private final long sourceId;
    private final Map<SeriesKey, Long> ids;
    private final Set<Long> linked = new HashSet<>();

    private DossierSeries(Connection writer, long dossierId, long sourceId, Map<SeriesKey, Long> ids) {
        this.writer = writer;
        this.dossierId = dossierId;
        this.sourceId = sourceId;
        this.ids = ids;
    }

    /** The dossier's series as the transaction of {@code writer}, which holds the dossier's lock, sees them. */
    static DossierSeries read(Connection writer, long dossierId, long sourceId) throws SQLException {
        Map<SeriesKey, Long> ids = new HashMap<>();
        try (PreparedStatement select = writer.prepareStatement("SELECT subject, platform, metric, segment_key,"
                + " segment_value, id FROM series WHERE dossier_id = ?")) {
            select.setLong(1, dossierId);
            select.setFetchSize(10_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.put(SeriesKeyColumns.read(rows), rows.getLong(6));
                }
            }
        }
        return new DossierSeries(writer, dossierId, sourceId, ids);
    }

    /** The id of {@code key}, which {@link #add} was given before. */
    long idOf(SeriesKey key) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("the series " + key + " was never added to the write");
        }
        return id;
    }

    /**
     * Gives every series of {@code keys} an id, adding those the dossier does not have, and links
     * them to the source. Runs statements, so no {@code COPY} may be open on the connection but
     * the ones {@code copies} opens.
     */
    void add(Collection<SeriesKey> keys, StagingTables copies) throws SQLException {
        List<SeriesKey> added = new ArrayList<>();
        for (SeriesKey key : keys) {
            if (!ids.containsKey(key)) {
                added.add(key);
            }
        }
        if (!added.isEmpty()) {
            copies.finish();
            long[] newIds = reserveIds(added.size());
            CopyRows series = copies.into(Table.SERIES);
            for (int i = 0; i < newIds.length; i++) {
                SeriesKey key = added.get(i);
                ids.put(key, newIds[i]);
                series.field(dossierId).field(newIds[i]).field(key.subject().id()).field(key.platform().id())
                        .field(key.metric().value()).field(key.segment().key()).field(key.segment().value()).endRow();
            }
        }
        for (SeriesKey key : keys) {
            long id = ids.get(key);
            if (linked.add(id)) {
                copies.into(Table.SOURCE_SERIES).field(dossierId).field(sourceId).field(id).endRow();
            }
        }
    }

    /** {@code count} ids from the series' sequence, ascending: never given to another series of any dossier. */
    private long[] reserveIds(int count) throws SQLException {
        long[] reserved = new long[count];
        try (PreparedStatement select = writer.prepareStatement("SELECT nextval(pg_get_serial_sequence('series',"
                + " 'id')) FROM generate_series(1, ?) ORDER BY 1")) {
            select.setInt(1, count);
            try (ResultSet rows = select.executeQuery()) {
                for (int i = 0; i < count && rows.next(); i++) {
                    reserved[i] = rows.getLong(1);
                }
            }
        }
        return reserved;
    }
}
