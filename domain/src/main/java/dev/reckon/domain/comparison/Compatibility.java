package dev.reckon.domain.comparison;

import dev.reckon.domain.series.SeriesValue;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a reader must know before trusting a comparison of these series: missing values, mixed definitions or units. */
final class Compatibility {

    private Compatibility() {
    }

    /** True when the values share a currency, or all have none: only then can they be subtracted. */
    static boolean sameUnit(List<SeriesValue> values) {
        return values.stream().map(SeriesValue::currency).distinct().count() <= 1;
    }

    static List<String> notes(List<SeriesValue> values) {
        List<String> notes = new ArrayList<>();
        for (SeriesValue value : values) {
            if (!value.hasValue()) {
                notes.add(value.query().ref() + " has no value: " + value.rule());
            }
        }
        List<String> metrics = values.stream().map(v -> v.query().metric().value()).distinct().toList();
        if (metrics.size() > 1) {
            notes.add("the series are of different metrics (" + String.join(", ", metrics)
                    + "): their definitions differ");
        }
        if (!sameUnit(values)) {
            notes.add("the series are in different units (" + values.stream().map(SeriesValue::currency)
                    .map(Compatibility::unit).distinct().collect(Collectors.joining(", "))
                    + "), so they cannot be subtracted or ordered");
        }
        return notes;
    }

    private static String unit(Optional<Currency> currency) {
        return currency.map(Currency::getCurrencyCode).orElse("a count");
    }
}
