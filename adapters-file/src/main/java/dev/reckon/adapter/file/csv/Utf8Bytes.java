package dev.reckon.adapter.file.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The UTF-8 bytes of a {@link Reader}'s text, for the byte-reading {@link CsvReader}; a lone surrogate becomes '?'. */
final class Utf8Bytes extends InputStream {

    private static final int CHARS = 1 << 13;

    private final Reader in;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(CHARS).flip();
    /** Room for every char of {@link #chars} at the most bytes UTF-8 needs for one. */
    private final ByteBuffer bytes = ByteBuffer.allocate(CHARS * 3).flip();
    private boolean endOfChars;
    private boolean flushed;

    Utf8Bytes(Reader in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        while (!bytes.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            encodeMore();
        }
        return bytes.get() & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int first = read();
        if (first < 0) {
            return -1;
        }
        into[offset] = (byte) first;
        int count = Math.min(length - 1, bytes.remaining());
        bytes.get(into, offset + 1, count);
        return count + 1;
    }

    private void encodeMore() throws IOException {
        bytes.clear();
        if (!endOfChars) {
            chars.compact();
            endOfChars = in.read(chars) < 0;
            chars.flip();
        }
        encoder.encode(chars, bytes, endOfChars);
        if (endOfChars) {
            encoder.flush(bytes);
            flushed = true;
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
