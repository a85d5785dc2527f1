package dev.reckon.application.port.out;

import dev.reckon.domain.observation.Observation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where a listing of observations stopped: the sort key of the last observation given. Listings are
 * in {@link #ORDER} (subject, platform, metric, segment key and value, window start and end, source),
 * which names every observation once, so a page that starts after a cursor neither repeats nor skips
 * an observation even when others are written in between.
 *
 * <p>Clients see it only as {@link #encode() opaque text}; strings compare by their UTF-16 code
 * units here and by UTF-8 bytes in SQLite, which agree for every text without characters above U+FFFF.
 */
public record ObservationCursor(String subject, String platform, String metric, String segmentKey,
                                String segmentValue, Instant start, Instant end, String source) {

    public static final Comparator<ObservationCursor> ORDER = Comparator.comparing(ObservationCursor::subject)
            .thenComparing(ObservationCursor::platform)
            .thenComparing(ObservationCursor::metric)
            .thenComparing(ObservationCursor::segmentKey)
            .thenComparing(ObservationCursor::segmentValue)
            .thenComparing(ObservationCursor::start)
            .thenComparing(ObservationCursor::end)
            .thenComparing(ObservationCursor::source);

    private static final byte VERSION = 1;

    public ObservationCursor {
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(platform, "platform is null");
        Objects.requireNonNull(metric, "metric is null");
        Objects.requireNonNull(segmentKey, "segmentKey is null");
        Objects.requireNonNull(segmentValue, "segmentValue is null");
        Objects.requireNonNull(start, "start is null");
        Objects.requireNonNull(end, "end is null");
        Objects.requireNonNull(source, "source is null");
    }

    /** The sort key of {@code observation}. */
    public static ObservationCursor of(Observation observation) {
        return new ObservationCursor(observation.subject().id(), observation.platform().id(), observation.metric(),
                observation.segment().key(), observation.segment().value(), observation.window().start(),
                observation.window().end(), observation.provenance().source());
    }

    /** Whether {@code observation} sorts after this cursor, so belongs on the next page. */
    public boolean precedes(Observation observation) {
        return ORDER.compare(this, of(observation)) < 0;
    }

    /** URL-safe text that {@link #decode} reads back. */
    public String encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            for (String text : new String[] {subject, platform, metric, segmentKey, segmentValue, source}) {
                out.writeUTF(text);
            }
            out.writeLong(start.getEpochSecond());
            out.writeInt(start.getNano());
            out.writeLong(end.getEpochSecond());
            out.writeInt(end.getNano());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /**
     * Reads a cursor {@link #encode()} wrote.
     *
     * @throws IllegalArgumentException when {@code text} is not such a cursor
     */
    public static ObservationCursor decode(String text) {
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
