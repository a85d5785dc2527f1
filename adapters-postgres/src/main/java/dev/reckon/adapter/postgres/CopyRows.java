package dev.reckon.adapter.postgres;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows sent to one table with {@code COPY ... FROM STDIN} in PostgreSQL's text format: fields
 * separated by tabs, {@code \N} for NULL, backslash escapes for the characters that would end a field
 * or a row. Fields are encoded straight into a buffer sent in large pieces, so a row of whole numbers
 * costs no objects.
 */
final class CopyRows implements AutoCloseable {

    private static final int SEND_AT_BYTES = 1 << 16;
    private static final byte[] NULL = {'\\', 'N'};

    private final CopyIn copy;
    private byte[] pending = new byte[SEND_AT_BYTES * 2];
    private int pendingBytes;
    private boolean firstField = true;

    private CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    static CopyRows into(CopyManager copies, String table, String columns) throws SQLException {
        return new CopyRows(copies.copyIn("COPY " + table + " (" + columns + ") FROM STDIN"));
    }

    CopyRows field(long value) {
        separate();
        if (value == Long.MIN_VALUE) {
            // The one long whose digits its negation cannot give.
            return ascii(Long.toString(value));
        }
        ensure(20);
        long rest = value;
        if (rest < 0) {
            pending[pendingBytes++] = '-';
            rest = -rest;
        }
        int digits = digits(rest);
        for (int at = pendingBytes + digits - 1; at >= pendingBytes; at--) {
            pending[at] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        pendingBytes += digits;
        return this;
    }

    private static int digits(long positive) {
        int digits = 1;
        for (long bound = 10; digits < 19 && positive >= bound; bound *= 10) {
            digits++;
        }
        return digits;
    }

    /** A text known to be plain ASCII with nothing to escape. */
    private CopyRows ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            pending[pendingBytes++] = (byte) text.charAt(i);
        }
        return this;
    }

    /** A text field, or NULL for null. */
    CopyRows field(String value) {
        separate();
        if (value == null) {
            ensure(NULL.length);
            System.arraycopy(NULL, 0, pending, pendingBytes, NULL.length);
            pendingBytes += NULL.length;
            return this;
        }
        if (isAscii(value)) {
            ensure(value.length() * 2);
            for (int i = 0; i < value.length(); i++) {
                put((byte) value.charAt(i));
            }
        } else {
            // The bytes that need escaping are ASCII, and never part of a longer UTF-8 sequence.
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            ensure(bytes.length * 2);
            for (byte b : bytes) {
                put(b);
            }
        }
        return this;
    }

    private static boolean isAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** One byte of a text, escaped where the format needs it; room for two was ensured. */
    private void put(byte b) {
        switch (b) {
            case '\\' -> escaped('\\');
            case '\t' -> escaped('t');
            case '\n' -> escaped('n');
            case '\r' -> escaped('r');
            default -> pending[pendingBytes++] = b;
        }
    }

    private void escaped(char c) {
        pending[pendingBytes++] = '\\';
        pending[pendingBytes++] = (byte) c;
    }

    private void separate() {
        ensure(1);
        if (!firstField) {
            pending[pendingBytes++] = '\t';
        }
        firstField = false;
    }

    /** Room for {@code bytes} more in the buffer, which grows for a field longer than it. */
    private void ensure(int bytes) {
        if (pendingBytes + bytes > pending.length) {
            byte[] larger = new byte[Math.max(pending.length * 2, pendingBytes + bytes)];
            System.arraycopy(pending, 0, larger, 0, pendingBytes);
            pending = larger;
        }
    }

    /** Ends the row begun by the fields given since the last one. */
    void endRow() throws SQLException {
        ensure(1);
        pending[pendingBytes++] = '\n';
        firstField = true;
        if (pendingBytes >= SEND_AT_BYTES) {
            send();
        }
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
