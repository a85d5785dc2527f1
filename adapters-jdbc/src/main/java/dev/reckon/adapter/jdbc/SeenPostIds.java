package dev.reckon.adapter.jdbc;

import dev.reckon.domain.post.PostId;

/**
 * Whether a write has given a post id twice, told from a 64-bit hash of each id kept in a table of
 * primitives (a million ids in 16 MB, no object each). A repeat is rare, and the reads resolve it
 * (the later export replaces the earlier); what this saves is that resolving for every source that
 * has none. A false alarm, two ids with the same hash, only costs a read that resolution. Past
 * {@link #TRACKED} ids it stops counting and reports a repeat, keeping its memory bounded.
 */
final class SeenPostIds {

    static final int TRACKED = 1 << 22;

    private long[] table = new long[1 << 12];
    private int size;
    private boolean repeated;

    void add(PostId id) {
        if (repeated) {
            return;
        }
        if (size >= TRACKED) {
            repeated = true;
            table = new long[0];
            return;
        }
        if (!insert(table, hash(id))) {
            repeated = true;
            return;
        }
        size++;
        if (size * 2 > table.length) {
            grow();
        }
    }

    /** Whether some id may have come twice. */
    boolean repeated() {
        return repeated;
    }

    /** Adds {@code hash} (never 0, the mark of an empty slot); false when it is already there. */
    private static boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (table[slot] != 0) {
            if (table[slot] == hash) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = hash;
        return true;
    }

    private void grow() {
        long[] larger = new long[table.length * 2];
        for (long hash : table) {
            if (hash != 0) {
                insert(larger, hash);
            }
        }
        table = larger;
    }

    /** FNV-1a over the id's characters, seeded by the platform, then mixed (MurmurHash3's finaliser). */
    static long hash(PostId id) {
        long hash = 0xcbf29ce484222325L ^ (id.platform().ordinal() + 1L) * 0x9E3779B97F4A7C15L;
        String text = id.id();
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash == 0 ? 1 : hash;
    }
}
