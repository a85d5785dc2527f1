package dev.reckon.domain.claim;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A function over a set of series: {@code max(impressions{jc, facebook, 2019-Q4} by month)},
 * {@code argmax(impressions{*, facebook, ge2019} by subject)}, whose {@code grouped} series is the one written. The set is not a value of its own,
 * so it only ever stands inside the function that reduces it.
 */
public record SetCall(CheckFunction function, SeriesRef grouped, Grouping grouping, Position position) implements Expression {

    public SetCall {
        Objects.requireNonNull(function, "function is null");
        Objects.requireNonNull(grouped, "grouped is null");
        Objects.requireNonNull(grouping, "grouping is null");
        Objects.requireNonNull(position, "position is null");
        if (!function.takesSet()) {
            throw new IllegalArgumentException(function.id() + " does not take a set");
        }
    }

    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
        return visitor.setCall(this);
    }

    /** The series written, with its {@code *}: each member is that series with one group filled in. */
    @Override
    public List<SeriesRef> series() {
        return List.of(grouped);
    }

    @Override
    public Stream<Expression> children() {
        return Stream.empty();
    }

    @Override
    public String toString() {
        return function.id() + "(" + grouped + " by " + grouping.text() + ")";
    }

    /** What a set is grouped {@code by}: a calendar part, the subject, the platform or a segment key. */
    public record Grouping(String text, Position position) {
        public Grouping {
            Objects.requireNonNull(text, "text is null");
            Objects.requireNonNull(position, "position is null");
        }
    }
}
