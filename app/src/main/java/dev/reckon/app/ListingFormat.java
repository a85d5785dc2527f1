package dev.reckon.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** The formats {@code reckon posts} and {@code reckon data} write: a table to read, or JSON for programs. */
enum ListingFormat {
    TABLE, JSON;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }

    /** Reads {@code table} or {@code json}, in any case. */
    static final class Converter implements CommandLine.ITypeConverter<ListingFormat> {

        @Override
        public ListingFormat convert(String value) {
            String id = value.trim().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value
                            + "' is not a listing format: expected one of "
                            + Arrays.stream(values()).map(ListingFormat::id).collect(Collectors.joining(", "))));
        }
    }
}
