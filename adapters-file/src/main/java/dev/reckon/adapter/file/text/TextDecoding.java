package dev.reckon.adapter.file.text;

import dev.reckon.application.port.shared.Opener;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.CodingErrorAction;
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
    private static final int ASCII_BLOCK = 8 * Long.BYTES;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private TextDecoding() {
    }

    /** The encoding of the bytes {@code opener} gives, reading them all when there is no byte order mark. */
    public static TextEncoding detect(Opener opener) throws IOException {
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
        return wholeCharacters(bytes, bytes.length) == bytes.length ? TextEncoding.UTF_8 : TextEncoding.WINDOWS_1252;
    }

    /** Opens the text of the bytes {@code opener} gives, after the byte order mark; the caller closes it. */
    public static Reader open(Opener opener, TextEncoding encoding) throws IOException {
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
     * The first {@code maxLines} lines of a file, decoded by a guess from its start, without line
     * ends: enough to tell its format. At least the first 64 KiB are read, and more, doubling, while
     * fewer than {@code maxLines} lines have ended there, up to {@link LineTooLongException#MAX_BYTES}:
     * some exports have a header line of hundreds of kilobytes.
     *
     * @throws LineTooLongException when the first line does not end within that limit
     */
    public static List<String> firstLines(Opener opener, int maxLines) throws IOException {
        return firstLines(opener, maxLines, LineTooLongException.MAX_BYTES);
    }

    /** {@link #firstLines(Opener, int)}, reading at most {@code maxBytes}. */
    static List<String> firstLines(Opener opener, int maxLines, int maxBytes) throws IOException {
        byte[] start;
        boolean whole;
        try (InputStream in = opener.open()) {
            int wanted = Math.min(BUFFER, maxBytes);
            start = in.readNBytes(wanted);
            whole = start.length < wanted;
            while (!whole && lineEnds(start) < maxLines && start.length < maxBytes) {
                wanted = Math.min(start.length, maxBytes - start.length);
                byte[] more = in.readNBytes(wanted);
                start = concat(start, more);
                whole = more.length < wanted;
            }
        }
        TextEncoding encoding = detect(start);
        // A multi-byte character cut at the end of the sample only spoils the last line, which is dropped below.
        String text = new String(start, encoding.bomLength(), start.length - encoding.bomLength(), encoding.charset());
        List<String> lines = new ArrayList<>(maxLines);
        int from = 0;
        while (lines.size() < maxLines && from < text.length()) {
            int end = lineEnd(text, from);
            if (end == text.length() && !whole) {
                break;
            }
            lines.add(text.substring(from, end));
            from = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
                    && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        if (lines.isEmpty() && !whole) {
            throw new LineTooLongException(1, maxBytes);
        }
        return lines;
    }

    /** How many bytes of {@code bytes} end a line, a CR LF counting twice: enough to tell when to read on. */
    private static int lineEnds(byte[] bytes) {
        int count = 0;
        for (byte b : bytes) {
            if (b == '\n' || b == '\r') {
                count++;
            }
        }
        return count;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
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

    /**
     * Checks the first {@code length} bytes of {@code buffer} then the rest of {@code more} strictly
     * as UTF-8, keeping nothing: as the JDK's decoder would, with no overlong forms, no surrogates
     * and nothing above U+10FFFF.
     */
    private static boolean isUtf8(byte[] buffer, int length, InputStream more) throws IOException {
        while (true) {
            int whole = wholeCharacters(buffer, length);
            if (whole < 0) {
                return false;
            }
            // A character cut at the buffer's end waits for the next read.
            int carried = length - whole;
            System.arraycopy(buffer, whole, buffer, 0, carried);
            int read = more.read(buffer, carried, buffer.length - carried);
            if (read < 0) {
                return carried == 0;
            }
            length = carried + read;
        }
    }

    /** The words of the {@link #ASCII_BLOCK} bytes from {@code at}, ORed: no high bit is set when they are all ASCII. */
    private static long blockBits(byte[] bytes, int at) {
        long bits = 0;
        for (int k = 0; k < ASCII_BLOCK; k += Long.BYTES) {
            bits |= (long) LONGS.get(bytes, at + k);
        }
        return bits;
    }

    /**
     * How many of the first {@code length} bytes are whole valid UTF-8 characters, or -1 when a byte
     * is invalid. Runs of ASCII, most of most exports, are passed 64 bytes at a time: eight words
     * ORed together have no high bit set when none of their bytes has.
     */
    static int wholeCharacters(byte[] bytes, int length) {
        int i = 0;
        while (true) {
            while (i + ASCII_BLOCK <= length && (blockBits(bytes, i) & HIGH_BITS) == 0) {
                i += ASCII_BLOCK;
            }
            while (i + Long.BYTES <= length && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
            }
            while (i < length && bytes[i] >= 0) {
                i++;
            }
            if (i == length) {
                return length;
            }
            int lead = bytes[i] & 0xFF;
            int following;
            int secondMin = 0x80;
            int secondMax = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                following = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                following = 2;
                secondMin = lead == 0xE0 ? 0xA0 : secondMin;
                secondMax = lead == 0xED ? 0x9F : secondMax;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                following = 3;
                secondMin = lead == 0xF0 ? 0x90 : secondMin;
                secondMax = lead == 0xF4 ? 0x8F : secondMax;
            } else {
                return -1;
            }
            if (i + following >= length) {
                return i;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < secondMin || second > secondMax) {
                return -1;
            }
            for (int k = 2; k <= following; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return -1;
                }
            }
            i += following + 1;
        }
    }
}
