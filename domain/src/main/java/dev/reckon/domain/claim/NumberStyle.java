package dev.reckon.domain.claim;

import dev.reckon.domain.number.DigitGrouping;
import dev.reckon.domain.number.Interval;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * How numbers are written for people: {@code 37.4m}, {@code 50.4%}, {@code £22.74}, {@code 436,000}.
 * Ranges are rounded outward and given just enough digits that their ends differ and the
 * rounding does not visibly widen them.
 */
record NumberStyle(Kind kind, Optional<Currency> currency) {

    enum Kind { COUNT, MONEY, PERCENT, DECIMAL }

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MORE_DIGITS = 5;
    private static final int NEARLY_EXACT_DIGITS = 20;

    NumberStyle {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(currency, "currency is null");
    }

    static final NumberStyle COUNT = new NumberStyle(Kind.COUNT, Optional.empty());
    static final NumberStyle PERCENT = new NumberStyle(Kind.PERCENT, Optional.empty());
    static final NumberStyle DECIMAL = new NumberStyle(Kind.DECIMAL, Optional.empty());

    static NumberStyle money(Optional<Currency> currency) {
        return new NumberStyle(Kind.MONEY, currency);
    }

    /** One value, rounded to the nearest: {@code 50.4%}. */
    String number(BigDecimal value) {
        return shown(value, 0, RoundingMode.HALF_EVEN).text();
    }

    /** "is 50.4%", "were between 50.32% and 50.5%", "was at least 1.2m", "could be anything", with the verb given. */
    String valuePhrase(Interval interval, String verb) {
        if (!interval.hasLowerBound() && !interval.hasUpperBound()) {
            return "could be anything";
        }
        if (interval.isBounded() && !nearlyExact(interval)) {
            String[] ends = ends(interval);
            return verb + " between " + ends[0] + " and " + ends[1];
        }
        return verb + " " + range(interval);
    }

    /** "50.35% to 50.45%", "at least 120,000", or the single value of an exact interval. */
    String range(Interval interval) {
        if (nearlyExact(interval)) {
            return number(interval.lo().orElseThrow());
        }
        if (interval.hasLowerBound() && !interval.hasUpperBound()) {
            return "at least " + shown(interval.lo().orElseThrow(), 0, RoundingMode.FLOOR).text();
        }
        if (interval.hasUpperBound() && !interval.hasLowerBound()) {
            return "at most " + shown(interval.hi().orElseThrow(), 0, RoundingMode.CEILING).text();
        }
        if (!interval.isBounded()) {
            return "anything";
        }
        String[] ends = ends(interval);
        return ends[0] + " to " + ends[1];
    }

    /** A difference of two values in this style; for percentages, percentage points. */
    String amount(BigDecimal difference) {
        if (kind == Kind.PERCENT) {
            BigDecimal points = difference.multiply(HUNDRED).round(new MathContext(2, RoundingMode.HALF_EVEN));
            return plain(points) + " percentage points";
        }
        return number(difference);
    }

    private String[] ends(Interval interval) {
        BigDecimal lo = interval.lo().orElseThrow();
        BigDecimal hi = interval.hi().orElseThrow();
        BigDecimal width = hi.subtract(lo);
        Shown shownLo = null;
        Shown shownHi = null;
        for (int more = 0; more <= MORE_DIGITS; more++) {
            shownLo = shown(lo, more, RoundingMode.FLOOR);
            shownHi = shown(hi, more, RoundingMode.CEILING);
            BigDecimal shownWidth = shownHi.value().subtract(shownLo.value());
            boolean faithful = shownWidth.compareTo(width.multiply(new BigDecimal("1.1"))) <= 0;
            if (!shownLo.text().equals(shownHi.text()) && faithful) {
                break;
            }
        }
        return new String[] {shownLo.text(), shownHi.text()};
    }

    /**
     * True for an exact value, and for the tiny interval that exact division leaves when a quotient
     * does not terminate (436,000 / 865,000): its ends agree to far more digits than anyone reads.
     */
    static boolean nearlyExact(Interval interval) {
        if (!interval.isBounded()) {
            return false;
        }
        MathContext digits = new MathContext(NEARLY_EXACT_DIGITS, RoundingMode.HALF_EVEN);
        return interval.lo().orElseThrow().round(digits).compareTo(interval.hi().orElseThrow().round(digits)) == 0;
    }

    /** A value rounded for display, and the value it now stands for. */
    private record Shown(BigDecimal value, String text) {
    }

    private Shown shown(BigDecimal value, int more, RoundingMode mode) {
        return switch (kind) {
            case PERCENT -> {
                BigDecimal percent = significant(value.multiply(HUNDRED), 3 + more, mode);
                yield new Shown(percent.divide(HUNDRED), plain(percent) + "%");
            }
            case MONEY -> {
                Shown amount = scaled(value, more, mode, 2);
                yield new Shown(amount.value(), sign(amount) + symbol() + amount.text().replaceFirst("^-", ""));
            }
            case COUNT, DECIMAL -> scaled(value, more, mode, 0);
        };
    }

    private static String sign(Shown shown) {
        return shown.text().startsWith("-") ? "-" : "";
    }

    /** Large numbers with a suffix to four digits (37.4m, 325.1m), middling ones grouped (436,000), small ones to four digits (8.665). */
    private static Shown scaled(BigDecimal value, int more, RoundingMode mode, int smallDecimals) {
        BigDecimal size = value.abs();
        if (size.compareTo(BILLION) >= 0) {
            return suffixed(value, BILLION, "bn", more, mode);
        }
        if (size.compareTo(MILLION) >= 0) {
            return suffixed(value, MILLION, "m", more, mode);
        }
        if (size.compareTo(THOUSAND) >= 0 || smallDecimals > 0) {
            int decimals = size.compareTo(BigDecimal.valueOf(100_000)) >= 0 ? more : smallDecimals + more;
            BigDecimal rounded = value.setScale(decimals, mode);
            boolean whole = rounded.stripTrailingZeros().scale() <= 0;
            BigDecimal shownValue = whole && smallDecimals > 0 && more == 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY) : rounded;
            return new Shown(shownValue, DigitGrouping.grouped(shownValue));
        }
        BigDecimal rounded = significant(value, 4 + more, mode);
        return new Shown(rounded, plain(rounded));
    }

    private static Shown suffixed(BigDecimal value, BigDecimal unit, String suffix, int more, RoundingMode mode) {
        BigDecimal rounded = significant(value.divide(unit), 4 + more, mode);
        return new Shown(rounded.multiply(unit), plain(rounded) + suffix);
    }

    private static BigDecimal significant(BigDecimal value, int digits, RoundingMode mode) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.round(new MathContext(digits, mode));
    }

    private static String plain(BigDecimal value) {
        return Interval.plain(value);
    }

    private String symbol() {
        return currency.map(c -> switch (c.getCurrencyCode()) {
            case "GBP" -> "£";
            case "USD" -> "$";
            case "EUR" -> "€";
            default -> c.getCurrencyCode() + " ";
        }).orElse("");
    }

    /** Exact technical form for the rule: {@code [0.50317678, 0.50491619]}, ends rounded outward to eight significant digits. */
    static String technical(Interval interval) {
        if (nearlyExact(interval)) {
            BigDecimal value = interval.lo().orElseThrow();
            BigDecimal rounded = significant(value, 10, RoundingMode.HALF_EVEN);
            return rounded.compareTo(value) == 0 ? plain(value) : plain(rounded) + "…";
        }
        String lo = interval.lo().map(v -> plain(significant(v, 8, RoundingMode.FLOOR))).orElse("-inf");
        String hi = interval.hi().map(v -> plain(significant(v, 8, RoundingMode.CEILING))).orElse("+inf");
        return "[" + lo + ", " + hi + "]";
    }
}
