package dev.reckon.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the commands that list a dossier's data ({@code reckon data},
 * {@code reckon posts}), and how their listing is printed under it.
 */
final class ListingOutput {

    /** Writes a listing in one format. */
    @FunctionalInterface
    interface Writer<T> {
        void write(T listing, PrintWriter out) throws IOException;
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = ListingFormat.Converter.class,
            description = "table (default) or json.")
    private ListingFormat format;

    /**
     * Prints the listing as JSON or as a table and gives the command's exit code: {@link ExitCode#UNREADABLE}
     * when there is no listing (the dossier could not be read, which has already been said).
     */
    <T> int print(Optional<T> listing, PrintWriter out, Writer<T> json, Writer<T> table) throws IOException {
        if (listing.isEmpty()) {
            return ExitCode.UNREADABLE;
        }
        (format == ListingFormat.JSON ? json : table).write(listing.get(), out);
        out.flush();
        return ExitCode.OK;
    }
}
