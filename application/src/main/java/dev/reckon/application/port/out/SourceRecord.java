package dev.reckon.application.port.out;

import dev.reckon.application.port.shared.ImportReport;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the store remembers of one imported source, to tell later whether it changed and to show
 * its import report again without reading it.
 *
 * <p>A source is unchanged when its size, its content hash and its import fingerprint are all
 * equal to the record's: the same bytes read with the same settings yield the same observations.
 * The fingerprint is kept apart from the content hash so that the hash stays the file's own
 * SHA-256, comparable with {@code sha256sum}.
 *
 * @param source            the source's name: a path relative to the dossier, or a request name
 * @param size              its size in bytes
 * @param contentHash       a hash of its content (hex SHA-256)
 * @param format            the export format it was read as
 * @param importedAt        when it was imported
 * @param rowsRead          rows read
 * @param rowsAccepted      rows that gave observations
 * @param rowsRejected      rows rejected with a reason
 * @param importFingerprint a hash of everything besides its bytes that decides what it yields (the
 *                          dossier's zone, subjects and metrics, its data entry); empty when unknown
 * @param report            what reading it reported, when the importer kept it
 * @param stamp             the file's stat when it was last hashed, when it is a file: with it a later
 *                          check tells an untouched file without hashing it ({@link FileStamp#vouchesFor})
 */
public record SourceRecord(String source, long size, String contentHash, String format, Instant importedAt,
                           long rowsRead, long rowsAccepted, long rowsRejected, String importFingerprint,
                           Optional<ImportReport> report, Optional<FileStamp> stamp) {

    public SourceRecord {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(contentHash, "contentHash is null");
        Objects.requireNonNull(format, "format is null");
        Objects.requireNonNull(importedAt, "importedAt is null");
        Objects.requireNonNull(importFingerprint, "importFingerprint is null");
        Objects.requireNonNull(report, "report is null");
        Objects.requireNonNull(stamp, "stamp is null");
    }

    /** A record without a file stamp: a source that is no file, or whose stat could not be read. */
    public SourceRecord(String source, long size, String contentHash, String format, Instant importedAt,
                        long rowsRead, long rowsAccepted, long rowsRejected, String importFingerprint,
                        Optional<ImportReport> report) {
        this(source, size, contentHash, format, importedAt, rowsRead, rowsAccepted, rowsRejected, importFingerprint,
                report, Optional.empty());
    }

    /** This record with {@code stamp} as the file's stat at its last hashing. */
    public SourceRecord stamped(Optional<FileStamp> stamp) {
        return new SourceRecord(source, size, contentHash, format, importedAt, rowsRead, rowsAccepted, rowsRejected,
                importFingerprint, report, stamp);
    }

    /**
     * Checks that {@code record} may end the write of {@code source}: a {@link SourceWrite#commit}
     * given another source's record is a programming error, refused before anything is stored.
     */
    public static void checkEndsWriteOf(String source, SourceRecord record) {
        Objects.requireNonNull(record, "record is null");
        if (!record.source().equals(source)) {
            throw new IllegalArgumentException("the record of '" + record.source() + "' cannot end the write of '"
                    + source + "'");
        }
    }

    /** A record without import fingerprint or report: a source imported outside a dossier. */
    public SourceRecord(String source, long size, String contentHash, String format, Instant importedAt,
                        long rowsRead, long rowsAccepted, long rowsRejected) {
        this(source, size, contentHash, format, importedAt, rowsRead, rowsAccepted, rowsRejected, "",
                Optional.empty());
    }
}
