package dev.reckon.adapter.file.donations;

import dev.reckon.adapter.file.platform.CellReading;
import dev.reckon.adapter.file.platform.DecimalMark;
import dev.reckon.adapter.file.platform.NumberCells;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/**
 * Reads amounts of money as donation platforms write them: {@code 25.00}, {@code 1,000.00}, with a
 * spreadsheet's leading {@code '} (NationBuilder) or a currency sign ({@code $25}, {@code £25}).
 */
final class MoneyCells {

    /** An amount, and its currency when the cell's sign says it. */
    record Money(BigDecimal amount, Optional<Currency> currency) {
    }

    private static final Map<Character, String> SIGNS = Map.of('$', "USD", '£', "GBP", '€', "EUR");

    private MoneyCells() {
    }

    /** The amount in a cell: a value, nothing, or the reason it is not an amount. */
    static Optional<Money> read(String raw, DecimalMark mark, java.util.function.Consumer<String> invalid) {
        // A cell marked as text keeps the platform's spelling even in a file a spreadsheet saved in its locale.
        DecimalMark spelling = raw != null && raw.strip().startsWith("'") ? DecimalMark.POINT : mark;
        String text = strip(raw);
        Optional<Currency> currency = Optional.empty();
        boolean negative = text.startsWith("-");
        String unsigned = negative ? text.substring(1).strip() : text;
        if (!unsigned.isEmpty() && SIGNS.containsKey(unsigned.charAt(0))) {
            currency = Optional.of(Currency.getInstance(SIGNS.get(unsigned.charAt(0))));
            unsigned = unsigned.substring(1).strip();
        }
        CellReading reading = NumberCells.decimal((negative ? "-" : "") + unsigned, spelling);
        if (reading instanceof CellReading.Value value) {
            return Optional.of(new Money(value.number(), currency));
        }
        if (reading instanceof CellReading.Invalid) {
            // Never the cell itself: a donation file's cells may hold a donor's name or address.
            invalid.accept("expected an amount of money such as " + (spelling == DecimalMark.COMMA ? "25,00" : "25.00"));
        }
        return Optional.empty();
    }

    /** A cell without the leading {@code '} spreadsheets add to keep text as text. */
    static String strip(String raw) {
        String text = raw == null ? "" : raw.strip();
        return text.startsWith("'") ? text.substring(1).strip() : text;
    }
}
