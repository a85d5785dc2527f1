package dev.reckon.domain.number;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** The magnitude suffixes a figure may carry: {@code 825k}, {@code 37.4m}, {@code 1.5bn}. */
public enum Magnitude {
    THOUSAND("k", 3),
    MILLION("m", 6),
    BILLION("bn", 9);

    private final String suffix;
    private final BigDecimal multiplier;

    Magnitude(String suffix, int powerOfTen) {
        this.suffix = suffix;
        this.multiplier = BigDecimal.ONE.scaleByPowerOfTen(powerOfTen);
    }

    public String suffix() {
        return suffix;
    }

    public BigDecimal multiplier() {
        return multiplier;
    }

    /** Whether {@code text} is a magnitude suffix, in any case: {@code k}, {@code M}, {@code bn}, {@code B}. */
    public static boolean isSuffix(String text) {
        return ofSuffix(text).isPresent();
    }

    /** Reads a suffix case-insensitively; {@code b} is accepted for billions. */
    static Optional<Magnitude> ofSuffix(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "k": return Optional.of(THOUSAND);
            case "m": return Optional.of(MILLION);
            case "bn":
            case "b": return Optional.of(BILLION);
            default: return Optional.empty();
        }
    }
}
