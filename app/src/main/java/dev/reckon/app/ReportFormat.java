package dev.reckon.app;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** The formats {@code reckon check --format} writes. */
public enum ReportFormat {
    TABLE, JSON, MARKDOWN, HTML, CLAIMREVIEW;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }

    /** Reads {@code table}, {@code json}, {@code markdown}, {@code html} or {@code claimreview} (any case; {@code md} for markdown). */
    static final class Converter implements CommandLine.ITypeConverter<ReportFormat> {

        @Override
        public ReportFormat convert(String value) {
            String id = value.trim().toLowerCase(Locale.ROOT);
            if (id.equals("md")) {
                return MARKDOWN;
            }
            return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value
                            + "' is not a report format: expected one of " + allIds()));
        }
    }

    /** The ids, for help and shell completion. */
    static final class Candidates implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(ReportFormat::id).iterator();
        }
    }

    static String allIds() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
    }
}
