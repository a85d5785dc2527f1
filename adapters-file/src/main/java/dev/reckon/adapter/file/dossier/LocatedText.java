package dev.reckon.adapter.file.dossier;

import java.util.Objects;

/** A single YAML value (text, number, date) as written, with the line and column it starts at. */
final class LocatedText {

    private final String value;
    private final int line;
    private final int column;

    LocatedText(String value, int line, int column) {
        this.value = Objects.requireNonNull(value, "value is null");
        this.line = line;
        this.column = column;
    }

    String value() {
        return value;
    }

    boolean isBlank() {
        return value.isBlank();
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    @Override
    public String toString() {
        return value;
    }
}
