package dev.reckon.adapter.file.canonical;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the texts of one column have meant so far, since a file holds few distinct subjects,
 * metrics, segments and days. A text whose interpretation is null (wrong, and reported) is never
 * remembered, so every row that has it is told about it. Holds at most {@link #MAX_REMEMBERED}
 * texts; later ones are interpreted every time.
 */
final class CellCache<T> {

    static final int MAX_REMEMBERED = 4096;

    private final Map<String, T> byText = new HashMap<>();

    /** What {@code text} means: remembered, or read by {@code interpret}. */
    T read(String text, Function<String, T> interpret) {
        T value = byText.get(text);
        if (value == null) {
            value = interpret.apply(text);
            if (value != null && byText.size() < MAX_REMEMBERED) {
                byText.put(text, value);
            }
        }
        return value;
    }
}
