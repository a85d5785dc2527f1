package dev.reckon.app;

import dev.reckon.adapter.file.report.ScanHtmlRenderer;
import dev.reckon.adapter.file.report.ScanJsonRenderer;
import dev.reckon.adapter.file.report.ScanMarkdownRenderer;
import dev.reckon.adapter.file.report.ScanRenderer;
import dev.reckon.adapter.file.report.ScanTextRenderer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** The formats {@code reckon scan --format} writes. */
enum ScanFormat {
    TEXT, JSON, MARKDOWN, HTML;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }

    ScanRenderer renderer() {
        return switch (this) {
            case TEXT -> new ScanTextRenderer();
            case JSON -> new ScanJsonRenderer();
            case MARKDOWN -> new ScanMarkdownRenderer();
            case HTML -> new ScanHtmlRenderer();
        };
    }

    /** Reads {@code text}, {@code json}, {@code markdown} or {@code html} (any case; {@code md} for markdown). */
    static final class Converter implements CommandLine.ITypeConverter<ScanFormat> {

        @Override
        public ScanFormat convert(String value) {
            String id = value.trim().toLowerCase(Locale.ROOT);
            if (id.equals("md")) {
                return MARKDOWN;
            }
            return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value
                            + "' is not a scan format: expected one of "
                            + Arrays.stream(values()).map(ScanFormat::id).collect(Collectors.joining(", "))));
        }
    }

    static final class Candidates implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(ScanFormat::id).iterator();
        }
    }
}
