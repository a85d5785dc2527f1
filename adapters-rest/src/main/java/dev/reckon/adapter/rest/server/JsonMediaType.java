package dev.reckon.adapter.rest.server;

import dev.reckon.adapter.rest.problem.ProblemKind;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a request's {@code Content-Type} says JSON: {@code application/json} or a structured
 * {@code +json} type such as {@code application/merge-patch+json}, with any parameters
 * ({@code charset=utf-8}). The parser detects UTF-8, UTF-16 and UTF-32 from the bytes themselves
 * (RFC 8259), so a charset parameter is not read.
 */
final class JsonMediaType {

    static final String TAKEN = "application/json";

    /** A media type is short; a longer header is shown cut, so the answer stays small whatever was sent. */
    private static final int SHOWN_LENGTH = 80;

    private static final Pattern STRUCTURED_JSON = Pattern.compile("application/[a-z0-9!#$&^_.-]+\\+json");

    private JsonMediaType() {
    }

    /** Returns when the body is JSON or says nothing; otherwise ends the request with a 415 naming what is taken. */
    static void require(Context ctx) {
        String declared = ctx.header("Content-Type");
        if (declared == null || declared.isBlank() || isJson(declared)) {
            return;
        }
        if (ctx.method() == HandlerType.POST) {
            // RFC 9110 section 15.5.16: a 415 to a POST may say what the endpoint takes.
            ctx.header("Accept-Post", TAKEN);
        }
        String named = essence(declared);
        String shown = named.length() <= SHOWN_LENGTH ? named : named.substring(0, SHOWN_LENGTH) + "...";
        throw ProblemKind.UNSUPPORTED_MEDIA_TYPE.raise("the body is sent as '" + shown
                + "', but this endpoint takes " + TAKEN + "; send the header 'Content-Type: " + TAKEN + "'");
    }

    static boolean isJson(String contentType) {
        String type = essence(contentType);
        return type.equals(TAKEN) || STRUCTURED_JSON.matcher(type).matches();
    }

    /** The type and subtype, lower case, without parameters: {@code text/plain} of {@code Text/Plain; charset=utf-8}. */
    private static String essence(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.strip().toLowerCase(Locale.ROOT);
    }
}
