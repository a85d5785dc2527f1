package dev.reckon.adapter.rest.observation;

import dev.reckon.application.port.shared.ObservationCursor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * An {@link ObservationCursor} as the HTTP API gives it to clients: opaque, URL-safe text, versioned
 * so that a later layout can still tell an old cursor from garbage.
 */
final class CursorText {

    private static final byte VERSION = 1;

    private CursorText() {
    }

    /** URL-safe text that {@link #decode} reads back. */
    static String encode(ObservationCursor cursor) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            for (String text : new String[] {cursor.subject(), cursor.platform(), cursor.metric(), cursor.segmentKey(),
                    cursor.segmentValue(), cursor.source()}) {
                out.writeUTF(text);
            }
            out.writeLong(cursor.start().getEpochSecond());
            out.writeInt(cursor.start().getNano());
            out.writeLong(cursor.end().getEpochSecond());
            out.writeInt(cursor.end().getNano());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /**
     * Reads a cursor {@link #encode} wrote.
     *
     * @throws IllegalArgumentException when {@code text} is not such a cursor
     */
    static ObservationCursor decode(String text) {
        Objects.requireNonNull(text, "text is null");
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(text)))) {
            if (in.readByte() != VERSION) {
                throw notACursor();
            }
            String subject = in.readUTF();
            String platform = in.readUTF();
            String metric = in.readUTF();
            String segmentKey = in.readUTF();
            String segmentValue = in.readUTF();
            String source = in.readUTF();
            Instant start = Instant.ofEpochSecond(in.readLong(), in.readInt());
            Instant end = Instant.ofEpochSecond(in.readLong(), in.readInt());
            if (in.available() > 0) {
                throw notACursor();
            }
            return new ObservationCursor(subject, platform, metric, segmentKey, segmentValue, start, end, source);
        } catch (IOException | RuntimeException e) {
            throw notACursor();
        }
    }

    private static IllegalArgumentException notACursor() {
        return new IllegalArgumentException("the cursor is not one a previous page gave: start again without it");
    }
}
