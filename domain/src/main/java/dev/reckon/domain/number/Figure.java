package dev.reckon.domain.number;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure as people write it ({@code 325m}, {@code 50.4%}, {@code £85,327}) with the interval it
 * denotes.
 *
 * <p>An integer written without a suffix or percent sign is exact. Anything written with a
 * fractional part, a magnitude suffix or a percent sign denotes every value that rounds to it at
 * its last written digit, so {@code 37.4m} is {@code [37350000, 37450000]} and trailing zeros
 * count: {@code 50.40%} is narrower than {@code 50.4%}.
 *
 * @param text      the figure exactly as written
 * @param nominal   the value taken at face value ({@code 0.504} for {@code 50.4%})
 * @param interval  every value that rounds to the figure
 * @param currency  the currency of a money figure
 * @param qualifier a qualifying word written before the figure, such as "more than"
 * @param percent   whether the figure was written with a percent sign
 * @param written   the number as written, with its sign but without magnitude, currency or percent
 *                  ({@code 37.4} for {@code 37.4m}); its scale is the last written digit
 * @param magnitude the magnitude suffix, if any
 */
public record Figure(String text, BigDecimal nominal, Interval interval, Optional<Currency> currency,
                     Optional<Qualifier> qualifier, boolean percent, BigDecimal written,
                     Optional<Magnitude> magnitude) {

    public Figure {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(nominal, "nominal is null");
        Objects.requireNonNull(interval, "interval is null");
        Objects.requireNonNull(currency, "currency is null");
        Objects.requireNonNull(qualifier, "qualifier is null");
        Objects.requireNonNull(written, "written is null");
        Objects.requireNonNull(magnitude, "magnitude is null");
        if (!interval.contains(nominal)) {
            throw new IllegalArgumentException("figure " + text + " has nominal value outside its interval");
        }
    }

    /**
     * Reads a figure.
     *
     * @throws FigureSyntaxException naming the column and what was expected, when {@code text} is
     *                               not a figure
     */
    public static Figure parse(String text) {
        Objects.requireNonNull(text, "text is null");
        return new FigureReader(text).read();
    }

    /** What the figure denotes, with the currency it is written in. */
    public Amount amount() {
        return new Amount(interval, currency);
    }

    /** True when the figure denotes exactly one value. */
    public boolean isExact() {
        return interval.isExact();
    }

    /** The figure at face value as an exact interval ({@code < 2%} means below 0.02). */
    public Interval faceValue() {
        return Interval.exactly(nominal);
    }

    /**
     * The figure written in Reckon's own style: qualifier, currency symbol, digits with thousands
     * separators, suffix, percent sign. Reading it back gives the same interval.
     */
    public String canonicalText() {
        StringBuilder out = new StringBuilder();
        qualifier.ifPresent(q -> out.append(q.phrases().get(0)).append(' '));
        if (written.signum() < 0) {
            out.append('-');
        }
        currency.ifPresent(c -> out.append(FigureReader.symbolOf(c)));
        out.append(DigitGrouping.grouped(written.abs()));
        magnitude.ifPresent(m -> out.append(m.suffix()));
        if (percent) {
            out.append('%');
        }
        return out.toString();
    }

    /** A figure's text is how it prints. */
    @Override
    public String toString() {
        return text;
    }
}
