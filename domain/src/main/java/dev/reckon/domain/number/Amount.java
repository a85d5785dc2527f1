package dev.reckon.domain.number;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A value as Reckon holds it: the interval of what it may be and, for money, its currency. The two
 * travel together from the file that gave them to the series they are summed into, and a value is
 * never read without knowing whether it is money.
 *
 * @param interval every value it may be
 * @param currency the currency of money; empty for counts and ratios
 */
public record Amount(Interval interval, Optional<Currency> currency) {

    public Amount {
        Objects.requireNonNull(interval, "interval is null");
        Objects.requireNonNull(currency, "currency is null");
    }

    /** A count or ratio: no currency. */
    public static Amount of(Interval interval) {
        return new Amount(interval, Optional.empty());
    }

    /** Money in {@code currency}. */
    public static Amount of(Interval interval, Currency currency) {
        return new Amount(interval, Optional.of(currency));
    }

    /** A count of exactly {@code value}. */
    public static Amount exactly(long value) {
        return of(Interval.exactly(value));
    }

    public boolean isMoney() {
        return currency.isPresent();
    }

    /** The interval, with its currency's code after it when it is money: {@code [3, 4] GBP}. */
    @Override
    public String toString() {
        return currency.map(c -> interval + " " + c.getCurrencyCode()).orElseGet(interval::toString);
    }
}
