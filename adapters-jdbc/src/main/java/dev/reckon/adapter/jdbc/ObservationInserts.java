package dev.reckon.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/**
 * Sends a source's observations to the {@code observation} table, {@value #ROWS_PER_INSERT} rows
 * per statement: one statement of many rows costs SQLite and the JDBC driver far less per row than
 * a batch of one-row statements (docs/benchmarks.md#code-choices).
 */
final class ObservationInserts {

    static final int ROWS_PER_INSERT = 64;
    private static final int COLUMNS_PER_ROW = 9;

    private final PreparedStatement insertMany;
    private final PreparedStatement insertOne;
    private final StoreRow[] rows = new StoreRow[ROWS_PER_INSERT];
    private int count;

    ObservationInserts(Connection connection, long sourceId) throws SQLException {
        this.insertMany = connection.prepareStatement(insert(sourceId, ROWS_PER_INSERT));
        this.insertOne = connection.prepareStatement(insert(sourceId, 1));
        for (int index = 0; index < ROWS_PER_INSERT; index++) {
            rows[index] = new StoreRow();
        }
    }

    /**
     * An insert of {@code rows} observations of one source. The source id is written into the SQL,
     * one value fewer to bind per row. A later row with the same key (in this statement or an
     * earlier one) updates the earlier row but keeps its seq, so its position.
     */
    private static String insert(long sourceId, int rows) {
        String row = "(?, ?, ?, " + sourceId + ", ?, ?, ?, ?, ?, ?)";
        return "INSERT INTO observation (series_id, window_start, window_end, source_id, seq, value_lo, value_hi,"
                + " currency, provenance_id, line) VALUES " + String.join(", ", Collections.nCopies(rows, row))
                + " ON CONFLICT (series_id, window_start, window_end, source_id) DO UPDATE SET"
                + " value_lo = excluded.value_lo, value_hi = excluded.value_hi, currency = excluded.currency,"
                + " provenance_id = excluded.provenance_id, line = excluded.line";
    }

    /** Adds a copy of {@code row} to the next statement, sending it when it is full. */
    void add(StoreRow row) throws SQLException {
        rows[count++].copyOf(row);
        if (count == ROWS_PER_INSERT) {
            for (int index = 0; index < ROWS_PER_INSERT; index++) {
                bind(insertMany, index * COLUMNS_PER_ROW, rows[index]);
            }
            insertMany.executeUpdate();
            count = 0;
        }
    }

    /** Sends the rows that did not fill a whole statement, one by one. */
    void flush() throws SQLException {
        for (int index = 0; index < count; index++) {
            bind(insertOne, 0, rows[index]);
            insertOne.executeUpdate();
        }
        count = 0;
    }

    private static void bind(PreparedStatement insert, int offset, StoreRow row) throws SQLException {
        insert.setLong(offset + 1, row.seriesId);
        insert.setLong(offset + 2, row.windowStart);
        insert.setLong(offset + 3, row.windowEnd);
        insert.setLong(offset + 4, row.seq);
        String lo = row.loText();
        insert.setString(offset + 5, lo);
        insert.setString(offset + 6, row.whole ? lo : row.hi);
        insert.setString(offset + 7, row.currency);
        insert.setLong(offset + 8, row.provenanceId);
        insert.setLong(offset + 9, row.line);
    }
}
