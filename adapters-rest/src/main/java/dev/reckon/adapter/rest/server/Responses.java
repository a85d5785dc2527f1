package dev.reckon.adapter.rest.server;

import dev.reckon.adapter.rest.json.JsonBodies;
import io.javalin.http.Context;

/** Writes JSON responses with the API's one mapper. */
public final class Responses {

    private static final JsonBodies JSON = new JsonBodies();

    private Responses() {
    }

    /**
     * 204: no body, so no {@code Content-Type} either (the framework's default {@code text/plain}
     * would describe a body that is not there).
     */
    public static void noContent(Context ctx) {
        ctx.status(204);
        ctx.res().setContentType(null);
    }

    public static void json(Context ctx, int status, Object body) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(JSON.write(body));
    }
}
