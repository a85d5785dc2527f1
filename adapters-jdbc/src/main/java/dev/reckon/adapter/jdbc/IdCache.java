package dev.reckon.adapter.jdbc;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembers the row id of each key stored during one write, asking {@link Lookup} only for keys
 * not seen yet. Rows of one key usually come together, so a run of the same key skips the map.
 */
final class IdCache<K> {

    interface Lookup<K> {
        /** The id of {@code key}'s row, stored first if there is none. */
        long idOf(K key) throws SQLException;
    }

    private final Lookup<K> lookup;
    private final Map<K, Long> ids = new HashMap<>();
    private K lastKey;
    private long lastId;

    IdCache(Lookup<K> lookup) {
        this.lookup = lookup;
    }

    long idOf(K key) throws SQLException {
        if (key.equals(lastKey)) {
            return lastId;
        }
        Long id = ids.get(key);
        if (id == null) {
            id = lookup.idOf(key);
            ids.put(key, id);
        }
        lastKey = key;
        lastId = id;
        return id;
    }
}
