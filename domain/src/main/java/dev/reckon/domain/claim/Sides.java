package dev.reckon.domain.claim;

import dev.reckon.domain.number.Interval;
import java.util.Objects;
import java.util.Optional;

/**
 * The values of the two sides of a comparison. For {@code ~} against an exact figure, the side
 * holding the figure also has its <em>range</em>: the values that count as "about" it under the
 * tolerance, so a chart can show why the other side is or is not close enough.
 */
public record Sides(Interval left, Interval right, Optional<Interval> leftRange, Optional<Interval> rightRange) {

    public Sides {
        Objects.requireNonNull(left, "left is null");
        Objects.requireNonNull(right, "right is null");
        Objects.requireNonNull(leftRange, "leftRange is null");
        Objects.requireNonNull(rightRange, "rightRange is null");
    }

    /** Two sides with no range: every comparison but {@code ~}. */
    public Sides(Interval left, Interval right) {
        this(left, right, Optional.empty(), Optional.empty());
    }
}
