package dev.reckon.adapter.jdbc;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import dev.reckon.application.port.shared.ObservationCursor;
import dev.reckon.application.port.shared.ObservationPage;
import dev.reckon.application.port.shared.ObservationQuery;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
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
 * Lists observations in {@link ObservationCursor#ORDER} by keyset pagination: a page starts after
 * the previous page's last sort key (a row-value comparison), so a deep page costs no more than the first.
 */
final class ObservationLister {

    private static final String ORDER = "k.subject, k.platform, k.metric, k.segment_key, k.segment_value,"
            + " o.window_start, o.window_end, p.source";

    private ObservationLister() {
    }

    static ObservationPage list(Connection reader, ObservationQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("""
                SELECT k.subject, k.platform, k.metric, k.segment_key, k.segment_value, o.window_start, o.window_end,
                       o.value_lo, o.value_hi, o.currency, o.line, p.source, p.exported_at, p.import_id
                FROM observation o
                JOIN series k ON k.id = o.series_id
                JOIN provenance p ON p.id = o.provenance_id
                WHERE 1 = 1""");
        List<Object> parameters = new ArrayList<>();
        query.metric().ifPresent(m -> add(sql, parameters, " AND k.metric = ?", m));
        query.subject().ifPresent(s -> add(sql, parameters, " AND k.subject = ?", s.id()));
        query.platform().ifPresent(p -> add(sql, parameters, " AND k.platform = ?", p.id()));
        query.segment().ifPresent(s -> {
            add(sql, parameters, " AND k.segment_key = ?", s.key());
            add(sql, parameters, " AND k.segment_value = ?", s.value());
        });
        query.from().ifPresent(f -> add(sql, parameters, " AND o.window_start >= ?", EpochNanos.of(f)));
        query.to().ifPresent(t -> add(sql, parameters, " AND o.window_end <= ?", EpochNanos.of(t)));
        query.after().ifPresent(c -> {
            sql.append(" AND (").append(ORDER).append(") > (?, ?, ?, ?, ?, ?, ?, ?)");
            parameters.addAll(List.of(c.subject(), c.platform(), c.metric(), c.segmentKey(), c.segmentValue(),
                    EpochNanos.of(c.start()), EpochNanos.of(c.end()), c.source()));
        });
        sql.append(" ORDER BY ").append(ORDER).append(" LIMIT ?");
        parameters.add(query.limit() + 1);
        try (PreparedStatement statement = reader.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<Observation> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(observation(rows));
                }
            }
            return ObservationPage.of(found, query.limit());
        }
    }

    private static void add(StringBuilder sql, List<Object> parameters, String condition, Object value) {
        sql.append(condition);
        parameters.add(value);
    }

    private static Observation observation(ResultSet row) throws SQLException {
        Window window = new Window(EpochNanos.toInstant(row.getLong(6)), EpochNanos.toInstant(row.getLong(7)));
        Amount value = StoredAmount.read(row, 8);
        long line = row.getLong(11);
        long exportedAt = row.getLong(13);
        Optional<Instant> exported = row.wasNull() ? Optional.empty() : Optional.of(EpochNanos.toInstant(exportedAt));
        return new Observation(Subject.of(row.getString(1)), Platform.parse(row.getString(2)), new MetricId(row.getString(3)), window,
                new Segment(row.getString(4), row.getString(5)), value,
                new Provenance(row.getString(12), line, exported, row.getString(14)));
    }

}
