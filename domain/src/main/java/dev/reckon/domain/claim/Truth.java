package dev.reckon.domain.claim;

/** Three-valued truth with Kleene's {@code and} and {@code or}. */
public enum Truth {
    TRUE, FALSE, UNDECIDED;

    /** False wins, then undecided. */
    public Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == TRUE && other == TRUE ? TRUE : UNDECIDED;
    }

    /** True wins, then undecided. */
    public Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == FALSE && other == FALSE ? FALSE : UNDECIDED;
    }

    public static Truth of(boolean holdsForAll, boolean holdsForNone) {
        return holdsForAll ? TRUE : holdsForNone ? FALSE : UNDECIDED;
    }

    Verdict verdict() {
        return switch (this) {
            case TRUE -> Verdict.TRUE;
            case FALSE -> Verdict.FALSE;
            case UNDECIDED -> Verdict.UNDECIDED;
        };
    }

    String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
