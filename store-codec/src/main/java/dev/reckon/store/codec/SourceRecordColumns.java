package dev.reckon.store.codec;

import dev.reckon.application.port.out.SourceRecord;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A source's import record as the first nine parameters of a statement, in the order both stores'
 * {@code source} tables name them: size_bytes, content_hash, format, imported_at, rows_read,
 * rows_accepted, rows_rejected, import_fingerprint, import_report.
 */
public final class SourceRecordColumns {

    private SourceRecordColumns() {
    }

    public static void bind(PreparedStatement statement, SourceRecord record) throws SQLException {
        statement.setLong(1, record.size());
        statement.setString(2, record.contentHash());
        statement.setString(3, record.format());
        statement.setLong(4, EpochNanos.of(record.importedAt()));
        statement.setLong(5, record.rowsRead());
        statement.setLong(6, record.rowsAccepted());
        statement.setLong(7, record.rowsRejected());
        statement.setString(8, record.importFingerprint());
        statement.setString(9, record.report().map(ReportJson::write).orElse(null));
    }
}
