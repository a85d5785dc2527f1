package dev.reckon.domain.claim;

import dev.reckon.domain.number.Figure;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code left op right [within tolerance]}.
 *
 * @param position where the left side starts
 */
public record ComparisonCheck(Expression left, ComparisonOperator operator, Expression right,
                         Optional<Figure> tolerance, Position position) implements Check {

    public ComparisonCheck {
        Objects.requireNonNull(left, "left is null");
        Objects.requireNonNull(operator, "operator is null");
        Objects.requireNonNull(right, "right is null");
        Objects.requireNonNull(tolerance, "tolerance is null");
        Objects.requireNonNull(position, "position is null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.comparison(this);
    }

    @Override
    public List<ComparisonCheck> comparisons() {
        return List.of(this);
    }

    @Override
    public String toString() {
        return left + " " + operator.symbol() + " " + right
                + tolerance.map(t -> " within " + t.canonicalText()).orElse("");
    }
}
