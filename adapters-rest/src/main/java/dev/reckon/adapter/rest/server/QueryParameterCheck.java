package dev.reckon.adapter.rest.server;

import dev.reckon.adapter.rest.problem.FieldProblem;
import dev.reckon.adapter.rest.problem.ProblemKind;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses a query parameter the endpoint does not take: a misspelt {@code ?subjet=labour} silently
 * ignored would answer a different question than the one asked. What each endpoint takes is what the
 * OpenAPI document says, so the document and the server cannot drift apart.
 */
public final class QueryParameterCheck {

    private final Map<Route, Set<String>> taken;

    /** @param taken the query parameters of each route; a route not in it takes none */
    public QueryParameterCheck(Map<Route, Set<String>> taken) {
        this.taken = Map.copyOf(Objects.requireNonNull(taken, "taken is null"));
    }

    /** Checks the request against the endpoint it matched; one problem per unknown parameter, all at once. */
    void check(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint == null) {
            return;
        }
        // A HEAD is the GET without its body, and takes what the GET takes.
        String method = endpoint.method == HandlerType.HEAD ? HandlerType.GET.name() : endpoint.method.name();
        Set<String> allowed = taken.getOrDefault(new Route(method, endpoint.path), Set.of());
        Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
        unknown.removeAll(allowed);
        if (unknown.isEmpty()) {
            return;
        }
        String takes = allowed.isEmpty() ? "this endpoint takes no query parameters"
                : "this endpoint takes " + String.join(", ", new TreeSet<>(allowed));
        List<FieldProblem> problems = unknown.stream()
                .map(name -> FieldProblem.ofField(name, "is not a query parameter of this endpoint; " + takes)).toList();
        throw ProblemKind.INVALID_REQUEST.raise(unknown.size() == 1 ? "a query parameter is not known"
                : unknown.size() + " query parameters are not known", problems);
    }
}
