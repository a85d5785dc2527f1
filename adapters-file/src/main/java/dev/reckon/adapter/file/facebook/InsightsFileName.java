package dev.reckon.adapter.file.facebook;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the name Facebook gives an Insights export says:
 * {@code Facebook Insights Data Export (Post Level) - <Page> - <from> - <to>.csv}, with both dates
 * included (a page export named {@code ... - 2014-01-01 - 2014-02-27.csv} ends with the row of
 * 27 February).
 *
 * @param kind  {@code Post Level}, {@code Video Posts}, or empty for the page-level export
 * @param page  the page's name
 * @param first the first day covered
 * @param last  the last day covered
 */
record InsightsFileName(Optional<String> kind, String page, LocalDate first, LocalDate last) {

    private static final Pattern NAME = Pattern.compile(
            "Facebook Insights Data Export(?: \\(([^)]+)\\))? - (.+) - (\\d{4}-\\d{2}-\\d{2}) - (\\d{4}-\\d{2}-\\d{2})"
                    + "(?: ?\\(\\d+\\))?(?:\\.\\w+)?", Pattern.CASE_INSENSITIVE);

    InsightsFileName {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(page, "page is null");
        Objects.requireNonNull(first, "first is null");
        Objects.requireNonNull(last, "last is null");
    }

    static Optional<InsightsFileName> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate first = LocalDate.parse(m.group(3));
            LocalDate last = LocalDate.parse(m.group(4));
            return last.isBefore(first) ? Optional.empty()
                    : Optional.of(new InsightsFileName(Optional.ofNullable(m.group(1)), m.group(2).strip(), first, last));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
