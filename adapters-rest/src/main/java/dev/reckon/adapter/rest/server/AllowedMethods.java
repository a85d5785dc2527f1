package dev.reckon.adapter.rest.server;

import dev.reckon.adapter.rest.json.JsonBodies;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The methods each path allows, from the routes registered: what {@code OPTIONS} answers in
 * {@code Allow} (204, no body), and what a 405 lists (RFC 9110 sections 9.3.7 and 15.5.6).
 *
 * <p>{@code OPTIONS} is answered before the token is asked for: it tells only what the published API
 * description tells, and never touches the dossier's data, so discovery and a browser's preflight
 * need no token and get an answer even while the data is imported. It sends no CORS headers: the
 * server answers its own page's origin only, so a preflight from another origin still fails.
 */
final class AllowedMethods {

    /** The order methods are listed in, reads first. */
    private static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final List<Route> routes;
    private final JsonBodies json;

    /** @param routes the routes registered, read at each request, once every route group has added its own */
    AllowedMethods(List<Route> routes, JsonBodies json) {
        this.routes = Objects.requireNonNull(routes, "routes is null");
        this.json = Objects.requireNonNull(json, "json is null");
    }

    /** Answers an {@code OPTIONS} request, with the methods of its path or a 404 problem; lets any other through. */
    void answerOptions(Context ctx) {
        if (ctx.method() != HandlerType.OPTIONS) {
            return;
        }
        Optional<String> allowed = of(ctx.path());
        if (allowed.isPresent()) {
            ctx.header("Allow", allowed.get());
            ctx.status(204);
        } else {
            RestServer.respond(ctx, json, ProblemErrorHandler.problem(404, "", ctx.path()));
        }
        ctx.skipRemainingHandlers();
    }

    /** {@code GET, HEAD, OPTIONS} for a path some route matches, or empty when none does. */
    Optional<String> of(String path) {
        List<String> methods = new ArrayList<>();
        synchronized (routes) {
            for (Route route : routes) {
                if (matches(route.path(), path) && !methods.contains(route.method())) {
                    methods.add(route.method());
                }
            }
        }
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        methods.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return Optional.of(String.join(", ", methods));
    }

    private static int rank(String method) {
        int at = ORDER.indexOf(method);
        return at < 0 ? ORDER.size() : at;
    }

    /** Whether {@code path} is one of {@code template}'s: each {@code {name}} stands for one non-empty segment; a trailing slash does not count. */
    static boolean matches(String template, String path) {
        String[] wanted = segments(template);
        String[] given = segments(path);
        if (wanted.length != given.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            boolean parameter = wanted[i].startsWith("{") && wanted[i].endsWith("}");
            if (parameter ? given[i].isEmpty() : !wanted[i].equals(given[i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] segments(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.split("/", -1);
    }
}
