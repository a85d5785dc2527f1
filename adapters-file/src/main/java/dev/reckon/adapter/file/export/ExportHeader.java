package dev.reckon.adapter.file.export;

import java.util.List;
import java.util.Objects;

/**
 * The start of a file, enough to tell its format: its name and its first lines, already decoded,
 * without byte order mark or line ends. A line may end inside a quoted field; readers that care
 * parse the lines themselves.
 *
 * @param fileName the file's name without folders ({@code tweet_activity_metrics_jeremycorbyn_....csv})
 * @param lines    up to {@link #MAX_LINES} first lines
 */
public record ExportHeader(String fileName, List<String> lines) {

    public static final int MAX_LINES = 8;

    public ExportHeader {
        Objects.requireNonNull(fileName, "fileName is null");
        lines = List.copyOf(lines);
    }

    /** The first line, or the empty string for an empty file. */
    public String firstLine() {
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
