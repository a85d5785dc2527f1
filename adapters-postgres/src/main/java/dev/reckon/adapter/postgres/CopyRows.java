package dev.reckon.adapter.postgres;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows sent to one table with {@code COPY ... FROM STDIN} in PostgreSQL's text format: fields
 * separated by tabs, {@code \N} for NULL, backslash escapes for the characters that would end a field
 * or a row. Rows are gathered in a buffer and sent in large pieces, so a row costs a few byte copies.
 */
final class CopyRows implements AutoCloseable {

    private static final int SEND_AT_BYTES = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder row = new StringBuilder(256);
    private byte[] pending = new byte[SEND_AT_BYTES * 2];
    private int pendingBytes;
    private boolean firstField = true;
    private long rows;

    private CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    static CopyRows into(CopyManager copies, String table, String columns) throws SQLException {
        return new CopyRows(copies.copyIn("COPY " + table + " (" + columns + ") FROM STDIN"));
    }

    CopyRows field(long value) {
        separate();
        row.append(value);
        return this;
    }

    /** A text field, or NULL for null. */
    CopyRows field(String value) {
        separate();
        if (value == null) {
            row.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
        return this;
    }

    private void separate() {
        if (!firstField) {
            row.append('\t');
        }
        firstField = false;
    }

    /** Ends the row begun by the fields given since the last one. */
    void endRow() throws SQLException {
        row.append('\n');
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        row.setLength(0);
        firstField = true;
        rows++;
        if (pendingBytes + bytes.length > pending.length) {
            send();
            if (bytes.length > pending.length) {
                pending = new byte[bytes.length * 2];
            }
        }
        System.arraycopy(bytes, 0, pending, pendingBytes, bytes.length);
        pendingBytes += bytes.length;
        if (pendingBytes >= SEND_AT_BYTES) {
            send();
        }
    }

    long rows() {
        return rows;
    }

    private void send() throws SQLException {
        if (pendingBytes > 0) {
            copy.writeToCopy(pending, 0, pendingBytes);
            pendingBytes = 0;
        }
    }

    /** Sends what is left and ends the COPY, after which the connection runs statements again. */
    void finish() throws SQLException {
        send();
        copy.endCopy();
    }

    /** Abandons the COPY if it is still open (the transaction is being rolled back anyway). */
    @Override
    public void close() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // The write's connection is closed next, which ends the COPY and rolls its transaction back.
            }
        }
    }
}
