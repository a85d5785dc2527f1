package dev.reckon.adapter.file.canonical;

import dev.reckon.adapter.file.csv.CsvFieldCache;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the texts of one column have meant so far, since a file holds few distinct subjects,
 * metrics, segments and days: CSV cells are looked up by their bytes, other cells by their text.
 * A text whose interpretation is null (wrong, and reported) is never remembered.
 */
final class CellCache<T> {

    private final CsvFieldCache<T> byBytes = new CsvFieldCache<>();
    private final Map<String, T> byText = new HashMap<>();

    CsvFieldCache<T> byBytes() {
        return byBytes;
    }

    T byText(String text, Function<String, T> interpret) {
        T value = byText.get(text);
        if (value == null) {
            value = interpret.apply(text);
            if (value != null && byText.size() < CsvFieldCache.MAX_REMEMBERED) {
                byText.put(text, value);
            }
        }
        return value;
    }
}
