package dev.reckon.adapter.file.text;

import dev.reckon.application.port.out.ExportInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tells how an export's bytes are text, as platforms write them: UTF-8 with or without a byte
 * order mark, UTF-16 with one (Meta's page series), and Windows-1252 when the bytes are not valid
 * UTF-8 (older Facebook page exports). Without a byte order mark the whole file is checked, since
 * the first non-ASCII byte may come late.
 */
public final class TextDecoding {

    private static final int BUFFER = 1 << 16;

    private TextDecoding() {
    }

    /** The encoding of the bytes {@code opener} gives, reading them all when there is no byte order mark. */
    public static TextEncoding detect(ExportInput.Opener opener) throws IOException {
        try (InputStream in = opener.open()) {
            byte[] buffer = new byte[BUFFER];
            int filled = in.readNBytes(buffer, 0, buffer.length);
            TextEncoding byBom = byByteOrderMark(buffer, filled);
            if (byBom != null) {
                return byBom;
            }
            return isUtf8(buffer, filled, in) ? TextEncoding.UTF_8 : TextEncoding.WINDOWS_1252;
        }
    }

    /** The encoding of {@code bytes}: a whole file, or its start when only a guess for its header is wanted. */
    public static TextEncoding detect(byte[] bytes) {
        TextEncoding byBom = byByteOrderMark(bytes, bytes.length);
        if (byBom != null) {
            return byBom;
        }
        try {
            return isUtf8(bytes, bytes.length, InputStream.nullInputStream()) ? TextEncoding.UTF_8 : TextEncoding.WINDOWS_1252;
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Opens the text of the bytes {@code opener} gives, after the byte order mark; the caller closes it. */
    public static Reader open(ExportInput.Opener opener, TextEncoding encoding) throws IOException {
        InputStream in = opener.open();
        try {
            in.skipNBytes(encoding.bomLength());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        return new InputStreamReader(in, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /**
     * The first {@code maxLines} lines of a file, decoded by a guess from its first 64 KiB, without
     * line ends: enough to tell its format.
     */
    public static List<String> firstLines(ExportInput.Opener opener, int maxLines) throws IOException {
        byte[] start;
        try (InputStream in = opener.open()) {
            start = in.readNBytes(BUFFER);
        }
        TextEncoding encoding = detect(start);
        // A multi-byte character cut at the end of the sample only spoils the last line, which is dropped below.
        String text = new String(start, encoding.bomLength(), start.length - encoding.bomLength(), encoding.charset());
        List<String> lines = new ArrayList<>(maxLines);
        int from = 0;
        while (lines.size() < maxLines && from < text.length()) {
            int end = lineEnd(text, from);
            if (end == text.length() && start.length == BUFFER) {
                break;
            }
            lines.add(text.substring(from, end));
            from = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
                    && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        return lines;
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    private static TextEncoding byByteOrderMark(byte[] bytes, int length) {
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return TextEncoding.UTF_8_BOM;
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return TextEncoding.UTF_16LE;
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return TextEncoding.UTF_16BE;
        }
        return null;
    }

    /** Decodes {@code first} then the rest of {@code more} strictly as UTF-8, keeping nothing. */
    private static boolean isUtf8(byte[] first, int firstLength, InputStream more) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer sink = CharBuffer.allocate(BUFFER);
        byte[] buffer = Arrays.copyOf(first, Math.max(firstLength, BUFFER));
        int length = firstLength;
        boolean end = false;
        while (true) {
            ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, length);
            CoderResult result;
            do {
                sink.clear();
                result = decoder.decode(bytes, sink, end);
                if (result.isError()) {
                    return false;
                }
            } while (result.isOverflow());
            if (end) {
                sink.clear();
                return !decoder.flush(sink).isError();
            }
            // A character cut at the buffer's end waits for the next read.
            int carried = bytes.remaining();
            System.arraycopy(buffer, bytes.position(), buffer, 0, carried);
            int read = more.read(buffer, carried, buffer.length - carried);
            end = read < 0;
            length = carried + Math.max(read, 0);
        }
    }
}
