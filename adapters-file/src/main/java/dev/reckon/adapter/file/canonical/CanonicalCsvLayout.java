package dev.reckon.adapter.file.canonical;

import dev.reckon.adapter.file.export.Recognition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each canonical column stands in a file's header. */
final class CanonicalCsvLayout {

    private final Map<CanonicalColumn, Integer> positions;
    /** The positions by column ordinal, -1 for a column the file lacks: looked up for every cell. */
    private final int[] fields;
    private final int width;
    private final String headers;

    private CanonicalCsvLayout(Map<CanonicalColumn, Integer> positions, int width, String headers) {
        this.positions = positions;
        this.fields = new int[CanonicalColumn.values().length];
        Arrays.fill(fields, -1);
        positions.forEach((column, position) -> fields[column.ordinal()] = position);
        this.width = width;
        this.headers = headers;
    }

    /** The layout of {@code header}, or why it is not canonical. */
    static Parsed parse(List<String> header) {
        Map<CanonicalColumn, Integer> positions = new EnumMap<>(CanonicalColumn.class);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            Optional<CanonicalColumn> column = CanonicalColumn.byHeader(name);
            if (column.isEmpty()) {
                String expected = "(expected " + CanonicalColumn.requiredHeaders() + ", and optionally source)";
                // Quoting a name helps with a typo in a canonical header; in any other file the
                // "name" is the start of its content, which may be anything, a secret included.
                return Parsed.problem(header.stream().anyMatch(h -> CanonicalColumn.byHeader(h.strip()).isPresent())
                        ? "'" + name + "' is not a canonical column " + expected
                        : "the first line names no canonical column " + expected);
            }
            if (positions.put(column.get(), i) != null) {
                return Parsed.problem("the column '" + column.get().header() + "' appears twice");
            }
        }
        List<String> missing = Arrays.stream(CanonicalColumn.values())
                .filter(c -> c.isRequired() && !positions.containsKey(c))
                .map(c -> "'" + c.header() + "'").toList();
        if (!missing.isEmpty()) {
            return Parsed.problem("the header lacks " + String.join(", ", missing));
        }
        return Parsed.of(new CanonicalCsvLayout(positions, header.size(), String.join(", ",
                header.stream().map(String::strip).toList())));
    }

    /** Where {@code column} is in a record, from 0; -1 when the file lacks it. */
    int field(CanonicalColumn column) {
        return fields[column.ordinal()];
    }

    /** How many fields a record has. */
    int width() {
        return width;
    }

    /** The header's names, for messages. */
    String headers() {
        return headers;
    }

    List<String> mapped() {
        List<String> mapped = new ArrayList<>();
        positions.keySet().stream().filter(CanonicalColumn::isRequired).forEach(c -> mapped.add(c.header()));
        return mapped;
    }

    /** The source column is for people: Reckon reads it but keeps nothing of it. */
    List<String> ignored() {
        return positions.containsKey(CanonicalColumn.SOURCE) ? List.of(CanonicalColumn.SOURCE.header()) : List.of();
    }

    /** A header's layout, or why it has none. */
    record Parsed(CanonicalCsvLayout layout, String problem) {

        static Parsed of(CanonicalCsvLayout layout) {
            return new Parsed(layout, null);
        }

        static Parsed problem(String problem) {
            return new Parsed(null, problem);
        }

        Recognition recognition() {
            return layout != null ? Recognition.yes() : Recognition.no(problem);
        }
    }
}
