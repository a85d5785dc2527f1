package dev.reckon.adapter.jdbc;

import dev.reckon.domain.number.Amount;
import dev.reckon.application.port.out.SeriesData;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Window;
import dev.reckon.store.codec.EpochNanos;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one series key's observations and coverage. Each query finds the key's id through the
 * series table's unique index and the rows as one range of a primary key that starts with the
 * series id, so a series costs a few page reads however large the store is.
 */
final class SeriesReader {

    /** Sources in import order (earlier first, then by name), each source's rows in the order written. */
    static final String OBSERVATIONS = """
            SELECT o.window_start, o.window_end, o.value_lo, o.value_hi, o.currency, o.line,
                   p.source, p.exported_at, p.import_id
            FROM series k
            JOIN observation o ON o.series_id = k.id
            JOIN source s ON s.id = o.source_id
            JOIN provenance p ON p.id = o.provenance_id
            WHERE k.subject = ? AND k.platform = ? AND k.metric = ? AND k.segment_key = ? AND k.segment_value = ?
            ORDER BY s.imported_at, s.name, o.seq""";

    static final String COVERAGE = """
            SELECT c.window_start, c.window_end, c.declared_by
            FROM series k
            JOIN coverage c ON c.series_id = k.id
            JOIN source s ON s.id = c.source_id
            WHERE k.subject = ? AND k.platform = ? AND k.metric = ? AND k.segment_key = ? AND k.segment_value = ?
            ORDER BY s.imported_at, s.name, c.seq""";

    private final PreparedStatement observations;
    private final PreparedStatement coverage;

    SeriesReader(Connection reader) throws SQLException {
        this.observations = reader.prepareStatement(OBSERVATIONS);
        this.coverage = reader.prepareStatement(COVERAGE);
    }

    SeriesData find(SeriesKey key) throws SQLException {
        return new SeriesData(observations(key), coverage(key));
    }

    private List<Observation> observations(SeriesKey key) throws SQLException {
        List<Observation> found = new ArrayList<>();
        SeriesIds.bind(observations, key);
        try (ResultSet rows = observations.executeQuery()) {
            while (rows.next()) {
                Window window = window(rows);
                Amount value = StoredAmount.read(rows, 3);
                long line = rows.getLong(6);
                long exportedAt = rows.getLong(8);
                Optional<Instant> exported = rows.wasNull()
                        ? Optional.empty() : Optional.of(EpochNanos.toInstant(exportedAt));
                Provenance provenance = new Provenance(rows.getString(7), line, exported, rows.getString(9));
                found.add(new Observation(key.subject(), key.platform(), key.metric(), window, key.segment(), value, provenance));
            }
        }
        return found;
    }

    private List<Coverage> coverage(SeriesKey key) throws SQLException {
        List<Coverage> found = new ArrayList<>();
        SeriesIds.bind(coverage, key);
        try (ResultSet rows = coverage.executeQuery()) {
            while (rows.next()) {
                found.add(new Coverage(key, window(rows), rows.getString(3)));
            }
        }
        return found;
    }

    /** The window in a row's first two columns. */
    private static Window window(ResultSet row) throws SQLException {
        return new Window(EpochNanos.toInstant(row.getLong(1)), EpochNanos.toInstant(row.getLong(2)));
    }

}
