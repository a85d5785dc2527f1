package dev.reckon.adapter.postgres;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A series' rows as the server sends them (in key order), each with its source and its position
 * in the source, put in source order on the reader's side. Rows of one source usually come in the
 * order they were written already, and are then given back as they are, with nothing sorted.
 *
 * @param <T> an observation or a coverage window
 */
final class PlacedRows<T> {

    private final List<T> rows = new ArrayList<>();
    private long[] sources = new long[64];
    private long[] seqs = new long[64];

    void add(long source, long seq, T row) {
        int at = rows.size();
        if (at == sources.length) {
            sources = Arrays.copyOf(sources, at * 2);
            seqs = Arrays.copyOf(seqs, at * 2);
        }
        sources[at] = source;
        seqs[at] = seq;
        rows.add(row);
    }

    /** The rows by their source's place in {@code ranks}, then by their position in the source. */
    List<T> inSourceOrder(SourceRanks ranks) throws SQLException {
        int count = rows.size();
        long[] places = new long[count];
        long lastSource = 0;
        long lastPlace = -1;
        boolean ordered = true;
        for (int i = 0; i < count; i++) {
            if (lastPlace < 0 || sources[i] != lastSource) {
                lastSource = sources[i];
                lastPlace = ranks.of(lastSource);
            }
            places[i] = lastPlace;
            ordered &= i == 0 || places[i - 1] < places[i] || places[i - 1] == places[i] && seqs[i - 1] < seqs[i];
        }
        if (ordered) {
            return rows;
        }
        Integer[] order = new Integer[count];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> places[i]).thenComparingLong(i -> seqs[i]));
        List<T> sorted = new ArrayList<>(count);
        for (int i : order) {
            sorted.add(rows.get(i));
        }
        return sorted;
    }
}
