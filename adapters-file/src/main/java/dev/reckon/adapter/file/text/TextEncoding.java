package dev.reckon.adapter.file.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How a file's bytes are text.
 *
 * @param charset    the character set
 * @param bomLength  bytes of byte order mark to skip before the text
 * @param label      what an import report says: {@code UTF-8}, {@code UTF-8 with BOM}, {@code UTF-16LE},
 *                   {@code windows-1252 (not valid UTF-8)}
 */
public record TextEncoding(Charset charset, int bomLength, String label) {

    public static final TextEncoding UTF_8 = new TextEncoding(StandardCharsets.UTF_8, 0, "UTF-8");
    public static final TextEncoding UTF_8_BOM = new TextEncoding(StandardCharsets.UTF_8, 3, "UTF-8 with BOM");
    public static final TextEncoding UTF_16LE = new TextEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16LE");
    public static final TextEncoding UTF_16BE = new TextEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16BE");
    /** Older Windows exports: bytes that are not valid UTF-8 are read as Windows' Western European code page. */
    public static final TextEncoding WINDOWS_1252 =
            new TextEncoding(Charset.forName("windows-1252"), 0, "windows-1252 (not valid UTF-8)");

    public TextEncoding {
        Objects.requireNonNull(charset, "charset is null");
        Objects.requireNonNull(label, "label is null");
        if (bomLength < 0) {
            throw new IllegalArgumentException("bomLength must not be negative: " + bomLength);
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
