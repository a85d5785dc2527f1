package dev.reckon.adapter.rest.server;

import dev.reckon.adapter.rest.json.JsonBodies;
import io.javalin.http.Context;

/** Writes JSON responses with the API's one mapper. */
public final class Responses {

    private static final JsonBodies JSON = new JsonBodies();

    private Responses() {
    }

    public static void json(Context ctx, int status, Object body) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(JSON.write(body));
    }
}
