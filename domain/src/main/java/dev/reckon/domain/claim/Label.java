package dev.reckon.domain.claim;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What an {@code argmax} or {@code argmin} is compared with: the label of a member of the set,
 * such as {@code 2024-02} (a month), {@code 2021-W48} (a week) or {@code jc} (a subject).
 */
public record Label(String text, Position position) implements Expression {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_-]+");

    public Label {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(position, "position is null");
    }

    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
        return visitor.label(this);
    }

    @Override
    public Stream<Expression> children() {
        return Stream.empty();
    }

    @Override
    public String toString() {
        return PLAIN.matcher(text).matches() && !text.startsWith("-") ? text
                : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
