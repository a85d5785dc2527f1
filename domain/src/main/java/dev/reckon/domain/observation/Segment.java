package dev.reckon.domain.observation;

import java.util.Objects;

/**
 * A part of an audience or of activity, such as {@code city=Stoke}. {@link #TOTAL} is no segment:
 * the whole. A series without a segment reads only totals; segments are never added up silently.
 */
public record Segment(String key, String value) implements Comparable<Segment> {

    public static final Segment TOTAL = new Segment("", "");

    public Segment {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(value, "value is null");
        if (key.isEmpty() != value.isEmpty()) {
            throw new IllegalArgumentException("a segment needs both a key and a value, as in town=Stoke");
        }
        if (key.contains("=")) {
            throw new IllegalArgumentException("segment key '" + key + "' may not contain '='");
        }
    }

    public static Segment of(String key, String value) {
        return new Segment(key.trim(), value.trim());
    }

    /** Reads {@code key=value}; an empty or blank text is {@link #TOTAL}. */
    public static Segment parse(String text) {
        if (text == null || text.isBlank()) {
            return TOTAL;
        }
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("segment '" + text + "' must be written key=value, as in town=Stoke");
        }
        return of(text.substring(0, eq), text.substring(eq + 1));
    }

    public boolean isTotal() {
        return key.isEmpty();
    }

    @Override
    public int compareTo(Segment other) {
        int byKey = key.compareTo(other.key);
        return byKey != 0 ? byKey : value.compareTo(other.value);
    }

    /** {@code key=value}, or the empty string for the total. */
    @Override
    public String toString() {
        return isTotal() ? "" : key + "=" + value;
    }
}
