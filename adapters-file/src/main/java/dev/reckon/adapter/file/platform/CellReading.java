package dev.reckon.adapter.file.platform;

import java.math.BigDecimal;
import java.util.Objects;

/** What one cell of an export holds: a number, nothing, or something that is not a number. */
public sealed interface CellReading {

    /** A number the cell holds. */
    record Value(BigDecimal number) implements CellReading {
        public Value {
            Objects.requireNonNull(number, "number is null");
        }
    }

    /** The platform wrote that it has no value ({@code -}, {@code N/A}, {@code undefined} or nothing). */
    record Missing() implements CellReading {
    }

    /** The cell holds text that cannot be read as the number expected; the reason says what was found. */
    record Invalid(String reason) implements CellReading {
        public Invalid {
            Objects.requireNonNull(reason, "reason is null");
        }
    }
}
