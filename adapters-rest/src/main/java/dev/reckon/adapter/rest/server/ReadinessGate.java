package dev.reckon.adapter.rest.server;

import dev.reckon.adapter.rest.json.JsonBodies;
import dev.reckon.adapter.rest.problem.ProblemKind;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.Set;

/**
 * Turns requests for the dossier's data away until it is imported: a 503 problem with
 * {@code Retry-After} while the import runs, and a 503 without one once it has failed, since asking
 * again will not help until the files are fixed and the server restarted. Health and the API's own
 * description need no data and always answer. The page at {@code /} is for people, so it answers
 * with a page saying the same ({@link WaitingPage}).
 */
final class ReadinessGate {

    /** Seconds a client is asked to wait: a large file takes tens of seconds, a small one well under this. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Set<String> ALWAYS_ANSWERED = Set.of(RouteGroup.PREFIX + "/health",
            RouteGroup.PREFIX + "/openapi.json");

    /** The page people open; every other path is the API's. */
    private static final String PAGE = "/";

    private final DataReadiness readiness;
    private final JsonBodies json;

    ReadinessGate(DataReadiness readiness, JsonBodies json) {
        this.readiness = Objects.requireNonNull(readiness, "readiness is null");
        this.json = Objects.requireNonNull(json, "json is null");
    }

    void check(Context ctx) {
        DataReadiness.Health health = readiness.health();
        if (health.ready() || ALWAYS_ANSWERED.contains(ctx.path())) {
            return;
        }
        if (PAGE.equals(ctx.path())) {
            answerWithPage(ctx, health);
        } else if (health.failed()) {
            RestServer.respond(ctx, json, ProblemKind.IMPORT_FAILED.problem("the dossier's data files could not be"
                    + " imported, so its data cannot be served; GET " + RouteGroup.PREFIX + "/health lists the problems,"
                    + " which the server's operator must fix before restarting it", ctx.path()));
        } else {
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            RestServer.respond(ctx, json, ProblemKind.IMPORTING.problem("the dossier's data files are still being"
                    + " imported; try again in " + RETRY_AFTER_SECONDS + " s, or follow GET " + RouteGroup.PREFIX
                    + "/health", ctx.path()));
        }
        ctx.skipRemainingHandlers();
    }

    private static void answerWithPage(Context ctx, DataReadiness.Health health) {
        ctx.status(503);
        ctx.header("Content-Security-Policy", WaitingPage.CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
        if (!health.failed()) {
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }
        ctx.contentType("text/html; charset=utf-8").result(health.failed() ? WaitingPage.failed(health.problems())
                : WaitingPage.importing(health.importing()));
    }
}
