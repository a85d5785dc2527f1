package dev.reckon.application.port.in;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /** The source of posts posted in one request, named by a hash of their content. */
    public static String posts(String contentHash) {
        return PREFIX + "posts/" + Objects.requireNonNull(contentHash, "contentHash is null");
    }

    /** The source of a file imported through the API, named by the file's name. */
    public static String imports(String fileName) {
        return PREFIX + "imports/" + Objects.requireNonNull(fileName, "fileName is null");
    }

    /**
     * The name of a request's content among the API's sources: the start of its SHA-256, so that
     * posting the same content again replaces it with itself.
     */
    public static String contentHash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static boolean isApi(String source) {
        return source.startsWith(PREFIX);
    }
}
