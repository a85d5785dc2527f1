package dev.reckon.adapter.jdbc;

import dev.reckon.domain.post.PostId;
import java.util.Arrays;

/**
 * Whether a write has given a post id twice, told from a 64-bit hash of each id: the hashes are
 * appended to an array as posts come and sorted once when the write ends, where a repeat sits
 * next to its first. A hash table probed per post cost a cache miss each (half a second for a
 * million posts beside an import's other work); appending runs through memory in order. A repeat
 * is rare, and the reads resolve it (the later export replaces the earlier); what this saves is
 * that resolving for every source that has none. A false alarm, two ids with the same hash, only
 * costs a read that resolution. Past {@link #TRACKED} ids it stops counting and reports a repeat,
 * keeping its memory bounded (8 bytes an id).
 */
final class SeenPostIds {

    static final int TRACKED = 1 << 22;

    private long[] hashes = new long[1 << 10];
    private int size;
    private boolean overflowed;

    void add(PostId id) {
        if (overflowed) {
            return;
        }
        if (size == TRACKED) {
            overflowed = true;
            hashes = new long[0];
            return;
        }
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, Math.min(size * 2, TRACKED));
        }
        hashes[size++] = hash(id);
    }

    /** Whether some id may have come twice; meant for the end of a write, when it sorts what it holds. */
    boolean repeated() {
        if (overflowed) {
            return true;
        }
        Arrays.sort(hashes, 0, size);
        for (int i = 1; i < size; i++) {
            if (hashes[i] == hashes[i - 1]) {
                return true;
            }
        }
        return false;
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
        return hash;
    }
}
