package dev.reckon.adapter.prose;

import dev.reckon.domain.number.Magnitude;
import java.util.Optional;

/**
 * A number with what belongs to its value: currency, magnitude, percent.
 *
 * @param firstToken where it starts
 * @param endToken   just after it
 * @param written    the number as the claim language writes it, without currency or suffix ({@code 1,204,550}, {@code 1.5})
 * @param magnitude  thousand, million or billion, as a suffix or a word
 * @param currency   ISO code, from a symbol or a word
 * @param percent    "%", "percent", "per cent"
 * @param inWords    spelt out ("twenty"): a count in words is exact, but a ratio in words is approximate
 */
record WrittenAmount(int firstToken, int endToken, String written, Optional<Magnitude> magnitude, Optional<String> currency,
              boolean percent, boolean inWords) {

    /** The claim language's figure: {@code £1.2bn}, {@code 50.4%}, {@code 20}. */
    String figureText() {
        String symbol = currency.map(code -> switch (code) {
            case "GBP" -> "£";
            case "USD" -> "$";
            default -> "€";
        }).orElse("");
        return symbol + written + magnitude.map(Magnitude::suffix).orElse("") + (percent ? "%" : "");
    }

    WrittenAmount endingAt(int newEnd) {
        return new WrittenAmount(firstToken, newEnd, written, magnitude, currency, percent, inWords);
    }

    WrittenAmount startingAt(int newFirst) {
        return new WrittenAmount(newFirst, endToken, written, magnitude, currency, percent, inWords);
    }

    /** This amount with what the other side of a range says and this one leaves out ("£3-4m" is £3m to £4m). */
    WrittenAmount completedBy(WrittenAmount upper) {
        Optional<Magnitude> m = magnitude.isPresent() || percent ? magnitude : upper.magnitude;
        Optional<String> c = currency.isPresent() ? currency : upper.currency;
        return new WrittenAmount(firstToken, endToken, written, m, c, percent || upper.percent, inWords);
    }

    WrittenAmount withWritten(String newWritten) {
        return new WrittenAmount(firstToken, endToken, newWritten, magnitude, currency, percent, inWords);
    }
}
