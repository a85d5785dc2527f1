package dev.reckon.domain.claim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A series as written in a check, before its names are looked up:
 * {@code video_views{labour, facebook, ge2019}} or with a segment {@code reach{jc, facebook, final28, town=Stoke}}.
 */
public record SeriesRef(Name metric, Name subject, Name platform, Name period, Optional<SegmentSelector> segment,
                        Position position) implements Expression {

    private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L}\\p{N}_.'&-]+");

    public SeriesRef {
        Objects.requireNonNull(metric, "metric is null");
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(platform, "platform is null");
        Objects.requireNonNull(period, "period is null");
        Objects.requireNonNull(segment, "segment is null");
        Objects.requireNonNull(position, "position is null");
    }

    /**
     * From every component, written out: references are map keys on every check's path, and the
     * record's generated hash goes through method handles that are not always inlined
     * (docs/benchmarks.md#code-choices).
     */
    @Override
    public int hashCode() {
        int hash = name(metric);
        hash = 31 * hash + name(subject);
        hash = 31 * hash + name(platform);
        hash = 31 * hash + name(period);
        hash = 31 * hash + segment.map(s -> 31 * name(s.key()) + name(s.value())).orElse(0);
        return 31 * hash + position(position);
    }

    private static int name(Name name) {
        return 31 * name.text().hashCode() + position(name.position());
    }

    private static int position(Position position) {
        return 31 * position.line() + position.column();
    }

    /** A name in a check with where it was written, so an unknown name can be pointed at. */
    public record Name(String text, Position position) {
        public Name {
            Objects.requireNonNull(text, "text is null");
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public String toString() {
            return quotedIfNeeded(text);
        }
    }

    /** {@code town=Stoke}. */
    public record SegmentSelector(Name key, Name value) {
        public SegmentSelector {
            Objects.requireNonNull(key, "key is null");
            Objects.requireNonNull(value, "value is null");
        }

        @Override
        public String toString() {
            return key + "=" + value;
        }
    }

    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
        return visitor.series(this);
    }

    @Override
    public List<SeriesRef> series() {
        return List.of(this);
    }

    @Override
    public Stream<Expression> children() {
        return Stream.empty();
    }

    /** Same series whatever the positions it was written at. */
    boolean sameSeriesAs(SeriesRef other) {
        return toString().equals(other.toString());
    }

    static String quotedIfNeeded(String name) {
        return PLAIN_NAME.matcher(name).matches() || name.equals(SetResolver.EVERY) ? name : "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public String toString() {
        return metric.text() + "{" + subject + ", " + platform + ", " + period
                + segment.map(s -> ", " + s).orElse("") + "}";
    }
}
