package dev.reckon.adapter.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reckon.adapter.rest.json.JsonBodies;
import dev.reckon.adapter.rest.server.RequestBodies;
import dev.reckon.adapter.rest.server.Route;
import dev.reckon.adapter.rest.server.RouteGroup;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** {@code GET /openapi.json}: the OpenAPI 3.1 document of the API, written by hand as a resource. */
public final class OpenApiRoutes implements RouteGroup {

    private static final String RESOURCE = "/dev/reckon/adapter/rest/openapi/openapi.json";

    private final byte[] document;

    public OpenApiRoutes() {
        this.document = load();
    }

    @Override
    public void register(RoutesConfig routes, RequestBodies bodies) {
        routes.get(PREFIX + "/openapi.json", ctx -> ctx.contentType("application/json").result(document));
    }

    /** Every route the document describes, as {@code GET /api/v1/claims/{id}}. */
    public static Set<Route> documentedRoutes() {
        try {
            JsonNode root = JsonBodies.mapper().readTree(load());
            String server = root.path("servers").path(0).path("url").asText("");
            Set<Route> routes = new TreeSet<>();
            Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                path.getValue().fieldNames().forEachRemaining(method ->
                        routes.add(new Route(method.toUpperCase(Locale.ROOT), server + path.getKey())));
            }
            return routes;
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document is not JSON", e);
        }
    }

    /** The query parameters of every route the document describes, by route. */
    public static Map<Route, Set<String>> documentedQueryParameters() {
        try {
            JsonNode root = JsonBodies.mapper().readTree(load());
            String server = root.path("servers").path(0).path("url").asText("");
            Map<Route, Set<String>> parameters = new TreeMap<>();
            root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                Set<String> names = new TreeSet<>();
                operation.getValue().path("parameters").forEach(parameter -> {
                    if (parameter.path("in").asText().equals("query")) {
                        names.add(parameter.path("name").asText());
                    }
                });
                parameters.put(new Route(operation.getKey().toUpperCase(Locale.ROOT), server + path.getKey()), names);
            }));
            return parameters;
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document is not JSON", e);
        }
    }

    private static byte[] load() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document could not be read", e);
        }
    }
}
