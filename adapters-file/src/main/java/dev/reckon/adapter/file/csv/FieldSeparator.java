package dev.reckon.adapter.file.csv;

import java.util.Optional;

/**
 * The character between a file's fields, told from its first line. Platforms write commas, but a
 * file saved again by a spreadsheet may not: Excel in a European locale writes semicolons (its list
 * separator where the comma is the decimal mark), and Excel's "Unicode text" writes tabs. A
 * {@code sep=;} line, which Excel honours and Meta writes, names the separator outright.
 */
public enum FieldSeparator {
    COMMA(',', "commas"),
    SEMICOLON(';', "semicolons"),
    TAB('\t', "tabs");

    private static final String PREAMBLE = "sep=";

    private final char character;
    private final String plural;

    FieldSeparator(char character, String plural) {
        this.character = character;
        this.plural = plural;
    }

    public char character() {
        return character;
    }

    /** How a report names the separator: {@code semicolons}. */
    public String plural() {
        return plural;
    }

    /**
     * The separator of a file whose first line is {@code firstLine}: the one a {@code sep=} line
     * names, else a semicolon or a tab when the line holds more of them than commas outside quotes,
     * else a comma. A header of one column has none of them, and is read as comma-separated.
     */
    public static FieldSeparator of(String firstLine) {
        Optional<FieldSeparator> named = named(firstLine);
        if (named.isPresent()) {
            return named.get();
        }
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < firstLine.length(); i++) {
            char c = firstLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return TAB;
        }
        return semicolons > commas ? SEMICOLON : COMMA;
    }

    /** The separator a {@code sep=X} line names, when the line is one (a tab after {@code sep=} too). */
    public static Optional<FieldSeparator> named(String line) {
        String text = line.stripLeading();
        if (text.length() < PREAMBLE.length() + 1 || !text.regionMatches(true, 0, PREAMBLE, 0, PREAMBLE.length())
                || !text.substring(PREAMBLE.length() + 1).isBlank()) {
            return Optional.empty();
        }
        char named = text.charAt(PREAMBLE.length());
        for (FieldSeparator separator : values()) {
            if (separator.character == named) {
                return Optional.of(separator);
            }
        }
        return Optional.empty();
    }
}
