package dev.reckon.application.port.in;

import java.util.Objects;

/**
 * Names of the sources written through the HTTP API, kept apart from the dossier's data files: a
 * dossier's files are re-read and pruned when it is loaded, what clients wrote is not.
 */
public final class ApiSources {

    public static final String PREFIX = "api/";

    private ApiSources() {
    }

    /** The source of observations posted in one request, named by a hash of their content. */
    public static String observations(String contentHash) {
        return PREFIX + "observations/" + Objects.requireNonNull(contentHash, "contentHash is null");
    }

    /** The source of a file imported through the API, named by the file's name. */
    public static String imports(String fileName) {
        return PREFIX + "imports/" + Objects.requireNonNull(fileName, "fileName is null");
    }

    public static boolean isApi(String source) {
        return source.startsWith(PREFIX);
    }
}
