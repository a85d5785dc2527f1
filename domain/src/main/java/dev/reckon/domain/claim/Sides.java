package dev.reckon.domain.claim;

import dev.reckon.domain.number.Interval;
import java.util.Objects;

/** The values of the two sides of a comparison. */
public record Sides(Interval left, Interval right) {

    public Sides {
        Objects.requireNonNull(left, "left is null");
        Objects.requireNonNull(right, "right is null");
    }
}
