package dev.reckon.adapter.file.canonical;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The columns of Reckon's canonical observation format (docs/canonical-format.md). */
public enum CanonicalColumn {
    SUBJECT, PLATFORM, METRIC, FROM, TO, SEGMENT, VALUE,
    /** Optional free text saying where a figure came from. */
    SOURCE;

    /** The header name: {@code subject}, {@code from}, ... */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isRequired() {
        return this != SOURCE;
    }

    public static Optional<CanonicalColumn> byHeader(String header) {
        String wanted = header.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header().equals(wanted)).findFirst();
    }

    /** {@code subject, platform, metric, from, to, segment, value}. */
    public static String requiredHeaders() {
        return Arrays.stream(values()).filter(CanonicalColumn::isRequired).map(CanonicalColumn::header)
                .collect(Collectors.joining(","));
    }
}
